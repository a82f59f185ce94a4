package dev.testshard.runner.snapshot;

import dev.testshard.runner.build.TestModule;
import dev.testshard.runner.coverage.CoverageTarget;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A taken snapshot: the per-run image and what the runner needs to know about its content. Nothing
 * here refers to the working tree any more.
 *
 * @param image the per-run image's tag
 * @param agentPath where the agent's code is in the image (jar or classes directory)
 * @param modules the test modules, in the image
 * @param files the project files it holds (for source paths in reports)
 * @param classPathKey changes whenever anything on a module's class path in the image does (the
 *     dependency image's content key, the module descriptors, every class file and project jar):
 *     what discovery found in an earlier snapshot with the same key holds for this one
 * @param depsImage the tag of the cached dependency image the per-run image is built on, or null
 *     when unknown
 */
public record Snapshot(
    String image,
    String agentPath,
    List<SnapshotModule> modules,
    ProjectFiles files,
    String classPathKey,
    String depsImage) {

  public Snapshot {
    modules = List.copyOf(modules);
  }

  /** A snapshot whose dependency image is not known. */
  public Snapshot(
      String image,
      String agentPath,
      List<SnapshotModule> modules,
      ProjectFiles files,
      String classPathKey) {
    this(image, agentPath, modules, files, classPathKey, null);
  }

  /** Where the modules whose JVMs run JaCoCo's agent want their coverage. */
  public List<CoverageTarget> coverage() {
    return modules.stream().map(SnapshotModule::coverage).filter(c -> c != null).toList();
  }

  public SnapshotModule module(String key) {
    return modules.stream()
        .filter(m -> m.key().equals(key) || m.module().id().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no module " + key));
  }

  /**
   * A module inside the image.
   *
   * @param module the module as built on the host
   * @param key short directory name under {@link ContainerLayout#MODULES}
   * @param workingDir the test JVM's working directory (the module directory)
   * @param classpath the module's test class path inside the image, {@code :}-separated
   * @param topLevelClasses the names of the top-level classes compiled into its test roots, as the
   *     snapshot holds them (test classes or not: discovery decides that)
   * @param jvmOptions the test JVM's options from the build's configuration (argLine, then system
   *     properties as {@code -D}), paths mapped into the image; {@code ${surefire.forkNumber}} is
   *     left for each container to replace
   * @param environment the test container's environment from the build's configuration
   * @param coverage where the JaCoCo agent in its JVM options writes, or null without one
   */
  public record SnapshotModule(
      TestModule module,
      String key,
      String workingDir,
      String classpath,
      Set<String> topLevelClasses,
      List<String> jvmOptions,
      Map<String, String> environment,
      CoverageTarget coverage) {

    public SnapshotModule {
      topLevelClasses = Set.copyOf(topLevelClasses);
      jvmOptions = List.copyOf(jvmOptions);
      environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    public SnapshotModule(
        TestModule module,
        String key,
        String workingDir,
        String classpath,
        Set<String> topLevelClasses) {
      this(module, key, workingDir, classpath, topLevelClasses, List.of(), Map.of(), null);
    }

    /** Where a shard's JaCoCo file lies under its results, or null without JaCoCo's agent. */
    public String coverageResult() {
      return coverage == null ? null : coverage.resultName();
    }

    public String descriptorDir() {
      return ContainerLayout.MODULES + "/" + key;
    }

    /** The agent's selection file: which of the module's tests run (docs/protocol.md). */
    public String selectionFile() {
      return descriptorDir() + "/selection";
    }
  }
}
