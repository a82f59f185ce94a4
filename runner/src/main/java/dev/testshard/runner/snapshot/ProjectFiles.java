package dev.testshard.runner.snapshot;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.Processes;
import dev.testshard.runner.common.TestshardException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The project files a snapshot holds: in a git work tree the files git sees (tracked, plus
 * untracked files that are not ignored); elsewhere the whole tree minus {@code .git} and Maven's
 * {@code target} directories (compiled classes are added separately). Either way, files matching
 * {@code .testshardignore} (see {@link IgnoreRules}) stay out: secrets such as {@code .env} or
 * keys.
 *
 * @param projectDir absolute project directory
 * @param files paths relative to {@code projectDir}, with '/' separators, regular files only
 * @param repositoryPrefix the project's path inside its git repository ("" at the root, or when not
 *     in git), for repository-relative source paths in reports
 */
public record ProjectFiles(Path projectDir, List<String> files, String repositoryPrefix) {

  public ProjectFiles {
    files = List.copyOf(files);
  }

  public static ProjectFiles list(Path projectDir) {
    IgnoreRules ignore = IgnoreRules.none();
    Path ignoreFile = projectDir.resolve(IgnoreRules.FILE_NAME);
    if (Files.isRegularFile(ignoreFile)) {
      try {
        ignore = IgnoreRules.parse(Files.readString(ignoreFile));
      } catch (IOException e) {
        throw new TestshardException(ExitCodes.USAGE, "cannot read " + ignoreFile + ": " + e);
      }
    }
    ProjectFiles all = listAll(projectDir);
    IgnoreRules rules = ignore;
    List<String> kept = all.files().stream().filter(file -> !rules.ignores(file)).toList();
    return new ProjectFiles(projectDir, kept, all.repositoryPrefix());
  }

  private static ProjectFiles listAll(Path projectDir) {
    Optional<String> prefix = git(projectDir, "rev-parse", "--show-prefix").map(String::strip);
    if (prefix.isPresent()) {
      String listing =
          git(projectDir, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
              .orElseThrow(
                  () ->
                      new TestshardException(
                          ExitCodes.USAGE, "git ls-files failed in " + projectDir));
      List<String> files = new ArrayList<>();
      for (String name : listing.split("\0")) {
        // Tracked but deleted files are listed too; symlinks and directories (submodules) are not
        // snapshot content.
        if (!name.isEmpty() && Files.isRegularFile(projectDir.resolve(name))) {
          files.add(name);
        }
      }
      return new ProjectFiles(projectDir, files, prefix.get());
    }
    return new ProjectFiles(projectDir, walk(projectDir), "");
  }

  private static List<String> walk(Path projectDir) {
    List<String> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          projectDir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              boolean mavenOutput =
                  name.equals("target") && Files.isRegularFile(dir.resolveSibling("pom.xml"));
              if (!dir.equals(projectDir) && (name.equals(".git") || mavenOutput)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()) {
                files.add(projectDir.relativize(file).toString().replace('\\', '/'));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new TestshardException(ExitCodes.USAGE, "cannot read " + projectDir + ": " + e);
    }
    files.sort(null);
    return files;
  }

  /** Runs git in the directory; empty when git is missing or the directory is not a work tree. */
  private static Optional<String> git(Path dir, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    return Processes.output(command, null, 60);
  }
}
