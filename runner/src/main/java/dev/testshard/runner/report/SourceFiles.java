package dev.testshard.runner.report;

import dev.testshard.runner.snapshot.ProjectFiles;
import dev.testshard.runner.snapshot.Snapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the repository-relative source file of a top-level class among the snapshot's files, for
 * the {@code file} attribute that CircleCI and GitLab read. Pure: looks only at the file list.
 * Given its module, a class's source in that module's directory comes first: the same class name
 * may be in two modules.
 */
public final class SourceFiles implements Function<String, String> {

  private static final List<String> EXTENSIONS = List.of(".java", ".kt", ".groovy", ".scala");

  private final Map<String, List<String>> byFileName = new HashMap<>();
  private final String prefix;
  private final Map<String, String> moduleDirs;

  public SourceFiles(ProjectFiles files) {
    this(files, Map.of());
  }

  /**
   * @param moduleDirs each module id's directory relative to the project, with '/' separators,
   *     empty for the project directory itself
   */
  public SourceFiles(ProjectFiles files, Map<String, String> moduleDirs) {
    this.moduleDirs = Map.copyOf(moduleDirs);
    this.prefix = files.repositoryPrefix();
    for (String file : files.files()) {
      int slash = file.lastIndexOf('/');
      String name = slash < 0 ? file : file.substring(slash + 1);
      byFileName.computeIfAbsent(name, k -> new ArrayList<>()).add(file);
    }
  }

  /** Source files among the snapshot's files, with its modules' directories. */
  public static SourceFiles forSnapshot(Snapshot snapshot) {
    Map<String, String> moduleDirs = new HashMap<>();
    Path projectDir = snapshot.files().projectDir();
    for (Snapshot.SnapshotModule module : snapshot.modules()) {
      Path dir = module.module().directory();
      if (dir.startsWith(projectDir)) {
        moduleDirs.put(
            module.module().id(), projectDir.relativize(dir).toString().replace('\\', '/'));
      }
    }
    return new SourceFiles(snapshot.files(), moduleDirs);
  }

  /** The source path of the class, or null when the snapshot has no such file. */
  @Override
  public String apply(String className) {
    return of(null, className);
  }

  /** The source path of a class of the module (null: unknown), or null when there is none. */
  public String of(String module, String className) {
    String moduleDir = module == null ? null : moduleDirs.get(module);
    String inModule = moduleDir == null || moduleDir.isEmpty() ? null : moduleDir + "/";
    String path = className.replace('.', '/');
    int slash = path.lastIndexOf('/');
    String simpleName = slash < 0 ? path : path.substring(slash + 1);
    for (String extension : EXTENSIONS) {
      List<String> candidates = byFileName.getOrDefault(simpleName + extension, List.of());
      String best = null;
      for (String candidate : candidates) {
        boolean matches =
            candidate.equals(path + extension) || candidate.endsWith("/" + path + extension);
        if (matches && (best == null || rank(candidate, inModule) > rank(best, inModule))) {
          best = candidate;
        }
      }
      if (best != null) {
        return prefix + best;
      }
    }
    return null;
  }

  /** In the class's module first, then under a test directory. */
  private static int rank(String candidate, String inModule) {
    return (inModule != null && candidate.startsWith(inModule) ? 2 : 0)
        + (candidate.contains("/test/") ? 1 : 0);
  }
}
