package dev.testshard.runner.report;

import dev.testshard.runner.snapshot.ProjectFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the repository-relative source file of a top-level class among the snapshot's files, for
 * the {@code file} attribute that CircleCI and GitLab read. Pure: looks only at the file list.
 */
public final class SourceFiles implements Function<String, String> {

  private static final List<String> EXTENSIONS = List.of(".java", ".kt", ".groovy", ".scala");

  private final Map<String, List<String>> byFileName = new HashMap<>();
  private final String prefix;

  public SourceFiles(ProjectFiles files) {
    this.prefix = files.repositoryPrefix();
    for (String file : files.files()) {
      int slash = file.lastIndexOf('/');
      String name = slash < 0 ? file : file.substring(slash + 1);
      byFileName.computeIfAbsent(name, k -> new ArrayList<>()).add(file);
    }
  }

  /** The source path of the class, or null when the snapshot has no such file. */
  @Override
  public String apply(String className) {
    String path = className.replace('.', '/');
    int slash = path.lastIndexOf('/');
    String simpleName = slash < 0 ? path : path.substring(slash + 1);
    for (String extension : EXTENSIONS) {
      List<String> candidates = byFileName.getOrDefault(simpleName + extension, List.of());
      String best = null;
      for (String candidate : candidates) {
        boolean matches =
            candidate.equals(path + extension) || candidate.endsWith("/" + path + extension);
        if (matches
            && (best == null || (candidate.contains("/test/") && !best.contains("/test/")))) {
          best = candidate;
        }
      }
      if (best != null) {
        return prefix + best;
      }
    }
    return null;
  }
}
