package dev.testshard.runner.snapshot;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.Processes;
import dev.testshard.runner.common.TestshardException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Asks git which files a project has and which of them a per-directory ignore file excludes, so
 * that every pattern means exactly what it means to git. A project outside git gets the same
 * engine: git runs against a throwaway repository whose work tree is the project, with nothing
 * tracked and no {@code .gitignore} honoured.
 */
final class GitFiles implements AutoCloseable {

  /** What a git hook sets for its own repository: {@code git rev-parse --local-env-vars}. */
  private static final List<String> REPOSITORY_VARIABLES =
      List.of(
          "GIT_ALTERNATE_OBJECT_DIRECTORIES",
          "GIT_CONFIG",
          "GIT_CONFIG_PARAMETERS",
          "GIT_CONFIG_COUNT",
          "GIT_OBJECT_DIRECTORY",
          "GIT_DIR",
          "GIT_WORK_TREE",
          "GIT_IMPLICIT_WORK_TREE",
          "GIT_GRAFT_FILE",
          "GIT_INDEX_FILE",
          "GIT_NO_REPLACE_OBJECTS",
          "GIT_REPLACE_REF_BASE",
          "GIT_PREFIX",
          "GIT_INTERNAL_SUPER_PREFIX",
          "GIT_SHALLOW_FILE",
          "GIT_COMMON_DIR");

  private final Path projectDir;
  private final List<String> repositoryOptions;
  private final String repositoryPrefix;
  private final Path scratch;

  private GitFiles(
      Path projectDir, List<String> repositoryOptions, String repositoryPrefix, Path scratch) {
    this.projectDir = projectDir;
    this.repositoryOptions = List.copyOf(repositoryOptions);
    this.repositoryPrefix = repositoryPrefix;
    this.scratch = scratch;
  }

  /** The project's own repository, or a throwaway one when the project is not in a work tree. */
  static GitFiles open(Path projectDir) {
    Optional<String> prefix = run(projectDir, List.of("rev-parse", "--show-prefix"));
    if (prefix.isPresent()) {
      return new GitFiles(projectDir, List.of(), prefix.get().strip(), null);
    }
    if (run(projectDir, List.of("--version")).isEmpty()) {
      throw new TestshardException(
          ExitCodes.USAGE, "cannot run git, which testshard needs to list the project's files");
    }
    // Git refuses a repository it does not trust (owned by another user, say): taking the whole
    // tree instead would put its git-ignored files, such as .env, into the image.
    for (Path dir = projectDir; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        throw new TestshardException(
            ExitCodes.USAGE,
            "git does not accept the repository at "
                + dir
                + " (`git -C "
                + projectDir
                + " status` says why), so testshard cannot tell which files it ignores");
      }
    }
    Path scratch;
    try {
      scratch = Files.createTempDirectory("testshard-git");
    } catch (IOException e) {
      throw new TestshardException(ExitCodes.INTERNAL, "cannot create a temporary directory", e);
    }
    if (run(scratch, List.of("init", "-q", "--bare", scratch.toString())).isEmpty()) {
      delete(scratch);
      throw new TestshardException(
          ExitCodes.USAGE, "cannot run git, which testshard needs to list the project's files");
    }
    return new GitFiles(
        projectDir, List.of("--git-dir=" + scratch, "--work-tree=" + projectDir), "", scratch);
  }

  /** The project's path inside its repository ("" at the root, or when not in git). */
  String repositoryPrefix() {
    return repositoryPrefix;
  }

  boolean inRepository() {
    return scratch == null;
  }

  /**
   * What git sees, relative to the project: tracked files and untracked ones that the repository's
   * ignore rules keep; outside git every file. Nested repositories appear as {@code dir/}.
   */
  List<String> visible() {
    return inRepository()
        ? lsFiles("--cached", "--others", "--exclude-standard")
        : lsFiles("--others");
  }

  /**
   * Files (tracked or not) that the ignore files named {@code fileName} exclude, read in every
   * directory as git reads {@code .gitignore}, and nothing else ({@code .gitignore} is not read:
   * git takes one per-directory file name).
   */
  Set<String> ignoredBy(String fileName) {
    List<String> options = new ArrayList<>(List.of("--others", "--ignored"));
    if (inRepository()) {
      options.add("--cached");
    }
    options.add("--exclude-per-directory=" + fileName);
    return new HashSet<>(lsFiles(options.toArray(String[]::new)));
  }

  private List<String> lsFiles(String... options) {
    List<String> args = new ArrayList<>(repositoryOptions);
    args.addAll(List.of("ls-files", "-z"));
    args.addAll(List.of(options));
    String listing =
        run(projectDir, args)
            .orElseThrow(
                () ->
                    new TestshardException(
                        ExitCodes.USAGE, "git ls-files failed in " + projectDir));
    List<String> names = new ArrayList<>();
    for (String name : listing.split("\0")) {
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * Runs git in the directory; empty when git is missing or fails (not a work tree). Without the
   * {@link #REPOSITORY_VARIABLES}: testshard started from a hook looks at the project, not there.
   */
  private static Optional<String> run(Path dir, List<String> args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(args);
    return Processes.output(command, null, 120, REPOSITORY_VARIABLES);
  }

  @Override
  public void close() {
    if (scratch != null) {
      delete(scratch);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // A leftover in the temporary directory harms nothing.
    }
  }
}
