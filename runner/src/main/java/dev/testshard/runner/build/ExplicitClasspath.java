package dev.testshard.runner.build;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A project built by another tool: test classes and class path given on the command line. */
public final class ExplicitClasspath {

  private ExplicitClasspath() {}

  public static ProjectBuild of(Path projectDir, List<Path> testClasses, String classpath) {
    if (testClasses.isEmpty()) {
      throw new TestshardException(
          ExitCodes.USAGE, "--classpath needs --test-classes DIR (the compiled test classes)");
    }
    List<Path> roots = new ArrayList<>();
    for (Path dir : testClasses) {
      Path absolute = projectDir.resolve(dir).toAbsolutePath().normalize();
      if (!Files.isDirectory(absolute)) {
        throw new TestshardException(
            ExitCodes.USAGE, "--test-classes " + dir + " is not a directory");
      }
      roots.add(absolute);
    }
    List<Path> entries = new ArrayList<>(roots);
    if (classpath != null) {
      for (String entry : classpath.split(File.pathSeparator)) {
        if (entry.isBlank()) {
          continue;
        }
        Path path = projectDir.resolve(entry.strip()).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
          throw TestshardException.badValue("--classpath", "entry " + entry + " does not exist");
        }
        entries.add(path);
      }
    }
    String id = projectDir.getFileName().toString();
    return new ProjectBuild(projectDir, List.of(new TestModule(id, projectDir, roots, entries)));
  }
}
