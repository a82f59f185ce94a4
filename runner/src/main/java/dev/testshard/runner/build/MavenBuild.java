package dev.testshard.runner.build;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.Processes;
import dev.testshard.runner.common.TestshardException;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a Maven project with its own Maven ({@code ./mvnw} when present, else {@code mvn}) and
 * resolves each module's test class path through maven-dependency-plugin's build-classpath goal,
 * which writes one file per module.
 */
public final class MavenBuild {

  /** Where each module's resolved dependencies are written, relative to the module. */
  static final String CLASSPATH_FILE = "target/testshard-classpath.txt";

  private static final String BUILD_CLASSPATH_GOAL =
      "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath";

  private final Path projectDir;
  private final List<String> mavenArgs;
  private final Path logFile;
  private final PrintWriter err;

  public MavenBuild(Path projectDir, List<String> mavenArgs, Path logFile, PrintWriter err) {
    this.projectDir = projectDir;
    this.mavenArgs = List.copyOf(mavenArgs);
    this.logFile = logFile;
    this.err = err;
  }

  public static boolean isMavenProject(Path projectDir) {
    return Files.isRegularFile(projectDir.resolve("pom.xml"));
  }

  /** Runs the build; a failing build throws with exit code 2 after showing Maven's errors. */
  public ProjectBuild build() {
    deleteStaleClasspathFiles();
    List<String> command = new ArrayList<>(mavenCommand());
    command.add("-B");
    command.add("test-compile");
    command.add(BUILD_CLASSPATH_GOAL);
    command.add("-Dmdep.outputFile=" + CLASSPATH_FILE);
    command.add("-Dmdep.includeScope=test");
    command.addAll(mavenArgs);
    int exit;
    try {
      Files.createDirectories(logFile.getParent());
      exit = Processes.toLog(command, projectDir, logFile);
    } catch (IOException e) {
      throw new TestshardException(
          ExitCodes.USAGE,
          "cannot run " + command.get(0) + ": " + e.getMessage() + " (is Maven installed?)",
          e);
    }
    if (exit != 0) {
      showErrors();
      throw new TestshardException(
          ExitCodes.USAGE, "the Maven build failed (exit code " + exit + "); full log: " + logFile);
    }
    return fromEarlierBuild();
  }

  /** The modules as an earlier build left them ({@code --no-build}). */
  public ProjectBuild fromEarlierBuild() {
    List<Path> classpathFiles = findClasspathFiles();
    if (classpathFiles.isEmpty()) {
      throw new TestshardException(
          ExitCodes.USAGE,
          "no class path from an earlier testshard build in "
              + projectDir
              + "; run without --no-build or give --classpath");
    }
    List<TestModule> modules = new ArrayList<>();
    for (Path file : classpathFiles) {
      Path moduleDir = file.getParent().getParent();
      Path testClasses = moduleDir.resolve("target/test-classes");
      if (!Files.isDirectory(testClasses)) {
        continue;
      }
      List<Path> classpath = new ArrayList<>();
      classpath.add(testClasses);
      Path classes = moduleDir.resolve("target/classes");
      if (Files.isDirectory(classes)) {
        classpath.add(classes);
      }
      for (String entry : readClasspathFile(file)) {
        classpath.add(Path.of(entry));
      }
      modules.add(new TestModule(moduleId(moduleDir), moduleDir, List.of(testClasses), classpath));
    }
    return new ProjectBuild(projectDir, modules);
  }

  private String moduleId(Path moduleDir) {
    Path relative = projectDir.relativize(moduleDir);
    String id = relative.toString().replace(File.separatorChar, '/');
    return id.isEmpty() ? projectDir.getFileName().toString() : id;
  }

  private static List<String> readClasspathFile(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      List<String> entries = new ArrayList<>();
      for (String entry : text.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          entries.add(entry.strip());
        }
      }
      return entries;
    } catch (IOException e) {
      throw new TestshardException(ExitCodes.USAGE, "cannot read " + file + ": " + e.getMessage());
    }
  }

  private List<String> mavenCommand() {
    Path wrapper = projectDir.resolve("mvnw");
    if (Files.isRegularFile(wrapper)) {
      return Files.isExecutable(wrapper) ? List.of(wrapper.toString()) : List.of("sh", "mvnw");
    }
    return List.of("mvn");
  }

  private void showErrors() {
    try {
      List<String> errors = new ArrayList<>();
      for (String line : Files.readAllLines(logFile, StandardCharsets.UTF_8)) {
        if (line.startsWith("[ERROR]") && !isMavenBoilerplate(line)) {
          errors.add(line);
        }
      }
      // The first errors name the cause; Maven's generic help lines follow them.
      errors.stream().distinct().limit(15).forEach(err::println);
      err.flush();
    } catch (IOException e) {
      // the log is named in the exception message anyway
    }
  }

  /** Maven's generic advice after every failure, which says nothing about this one. */
  static boolean isMavenBoilerplate(String line) {
    String text = line.substring("[ERROR]".length()).strip();
    return text.isEmpty()
        || text.startsWith("-> [Help")
        || text.startsWith("[Help ")
        || text.startsWith("To see the full stack trace")
        || text.startsWith("Re-run Maven")
        || text.startsWith("For more information about the errors")
        || text.startsWith("After correcting the problems")
        || text.startsWith("mvn <args>");
  }

  private void deleteStaleClasspathFiles() {
    for (Path file : findClasspathFiles()) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a stale file we cannot delete is overwritten by the build
      }
    }
  }

  private List<Path> findClasspathFiles() {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          projectDir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              if (!dir.equals(projectDir)
                  && (name.startsWith(".") || name.equals("node_modules") || name.equals("src"))) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              if (name.equals("target")) {
                Path file = dir.resolve("testshard-classpath.txt");
                if (Files.isRegularFile(file)) {
                  found.add(file);
                }
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new TestshardException(ExitCodes.USAGE, "cannot read " + projectDir + ": " + e);
    }
    found.sort(null);
    return found;
  }
}
