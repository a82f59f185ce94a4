package dev.testshard.runner.snapshot;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the host paths inside a test JVM argument, a system property or an environment value to
 * where the same thing is in the image: paths into the project to the workspace, and a jar outside
 * it (a {@code -javaagent} from the local Maven repository, say) to the dependency layer, which it
 * is then added to. Other paths ({@code /tmp}, {@code /dev/null}) stay as they are; no other file
 * outside the project is ever copied into an image.
 */
final class HostPaths {

  /** An absolute path inside a value: starts at a slash that does not continue a word. */
  private static final Pattern ABSOLUTE = Pattern.compile("(?<![\\w.~$-])/[^\\s=,;:\"'|<>*?]*");

  private final Path projectDir;
  private final Path localRepository;
  private final Map<String, Path> deps;

  /**
   * @param localRepository the local Maven repository (files under it may be copied), or null
   * @param deps container path to host path of what the dependency layer holds; added to
   */
  HostPaths(Path projectDir, Path localRepository, Map<String, Path> deps) {
    this.projectDir = projectDir;
    this.localRepository = localRepository;
    this.deps = deps;
  }

  String map(String value) {
    Matcher matcher = ABSOLUTE.matcher(value);
    StringBuilder mapped = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(mapped, Matcher.quoteReplacement(mapPath(matcher.group())));
    }
    matcher.appendTail(mapped);
    return mapped.toString();
  }

  private String mapPath(String text) {
    Path path;
    try {
      path = Path.of(text).normalize();
    } catch (InvalidPathException e) {
      return text;
    }
    if (path.startsWith(projectDir)) {
      return ContainerLayout.inWorkspace(projectDir, path);
    }
    boolean copyable =
        (localRepository != null && path.startsWith(localRepository))
            || path.getFileName() != null && path.getFileName().toString().endsWith(".jar");
    if (copyable && Files.isRegularFile(path)) {
      String inImage = ContainerLayout.inDeps(path);
      deps.put(inImage, path);
      return inImage;
    }
    return text;
  }
}
