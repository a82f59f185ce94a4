package dev.testshard.runner.snapshot;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The project files a snapshot holds: in a git work tree the files git sees (tracked, plus
 * untracked files that are not ignored); elsewhere the whole tree minus {@code .git} and Maven's
 * {@code target} directories (compiled classes are added separately). Either way, files that {@code
 * .testshardignore} files exclude stay out (secrets such as {@code .env} or keys): git itself
 * matches them, in every directory, with the whole {@code .gitignore} syntax ({@link GitFiles}).
 *
 * <p>Symbolic links stay links: their text goes into the snapshot, never what they point to, and
 * nothing below a linked directory is read. A link into the project works in the image too (an
 * absolute one is made relative); one that leaves the project dangles there.
 *
 * @param projectDir absolute project directory
 * @param files paths relative to {@code projectDir}, with '/' separators, regular files only
 * @param repositoryPrefix the project's path inside its git repository ("" at the root, or when not
 *     in git), for repository-relative source paths in reports
 * @param links symbolic links, by path relative to {@code projectDir}, to their target as the image
 *     holds it
 */
public record ProjectFiles(
    Path projectDir, List<String> files, String repositoryPrefix, Map<String, String> links) {

  public static final String IGNORE_FILE = ".testshardignore";

  public ProjectFiles {
    files = List.copyOf(files);
    links = Collections.unmodifiableMap(new TreeMap<>(links));
  }

  public ProjectFiles(Path projectDir, List<String> files, String repositoryPrefix) {
    this(projectDir, files, repositoryPrefix, Map.of());
  }

  public static ProjectFiles list(Path projectDir) {
    try (GitFiles git = GitFiles.open(projectDir)) {
      Set<String> ignored = git.ignoredBy(IGNORE_FILE);
      Map<String, Boolean> plainDirectories = new HashMap<>();
      List<String> files = new ArrayList<>();
      Map<String, String> links = new TreeMap<>();
      // Deduplicated and sorted: a file with a merge conflict is listed once per stage.
      for (String name : new TreeSet<>(git.visible())) {
        if (name.endsWith("/") // a nested repository
            || ignored.contains(name)
            || !underPlainDirectories(projectDir, name, plainDirectories)
            || (!git.inRepository() && inMavenOutput(projectDir, name))) {
          continue;
        }
        Path path = projectDir.resolve(name);
        BasicFileAttributes attributes = attributes(path);
        if (attributes == null) {
          continue; // tracked but deleted
        }
        if (attributes.isRegularFile()) {
          files.add(name);
        } else if (attributes.isSymbolicLink()) {
          links.put(name, targetInImage(projectDir, name, Files.readSymbolicLink(path)));
        }
      }
      return new ProjectFiles(projectDir, files, git.repositoryPrefix(), links);
    } catch (IOException e) {
      throw new TestshardException(ExitCodes.USAGE, "cannot read " + projectDir + ": " + e);
    }
  }

  /**
   * The links whose target is outside the project ({@code name -> target}): in the image they
   * dangle, or point at the image's own files.
   */
  public List<String> linksOutside() {
    List<String> outside = new ArrayList<>();
    links.forEach(
        (name, target) -> {
          Path parent = Path.of(name).getParent();
          Path resolved = (parent == null ? Path.of("") : parent).resolve(target).normalize();
          if (Path.of(target).isAbsolute() || resolved.startsWith("..")) {
            outside.add(name + " -> " + target);
          }
        });
    return outside;
  }

  /** The link's text, an absolute target inside the project made relative to the link. */
  static String targetInImage(Path projectDir, String name, Path target) {
    if (target.isAbsolute() && target.normalize().startsWith(projectDir)) {
      Path link = projectDir.resolve(name);
      return link.getParent().relativize(target.normalize()).toString();
    }
    return target.toString();
  }

  /**
   * Whether every directory above the file is a real directory, not a link: git may still list
   * tracked files below a directory since replaced by a link, which would read outside the project.
   */
  private static boolean underPlainDirectories(
      Path projectDir, String name, Map<String, Boolean> known) {
    int slash = name.lastIndexOf('/');
    if (slash < 0) {
      return true;
    }
    String dir = name.substring(0, slash);
    Boolean plain = known.get(dir);
    if (plain == null) {
      BasicFileAttributes attributes = attributes(projectDir.resolve(dir));
      plain =
          attributes != null
              && attributes.isDirectory()
              && underPlainDirectories(projectDir, dir, known);
      known.put(dir, plain);
    }
    return plain;
  }

  /** Whether the file is below a {@code target} directory beside a {@code pom.xml}. */
  private static boolean inMavenOutput(Path projectDir, String name) {
    String[] parts = name.split("/");
    StringBuilder dir = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].equals("target") && Files.isRegularFile(projectDir.resolve(dir + "pom.xml"))) {
        return true;
      }
      dir.append(parts[i]).append('/');
    }
    return false;
  }

  /** The file's own attributes (a link is not followed); null when it does not exist. */
  private static BasicFileAttributes attributes(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new TestshardException(ExitCodes.USAGE, "cannot read " + path + ": " + e);
    }
  }
}
