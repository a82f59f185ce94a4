package dev.testshard.runner.snapshot;

import dev.testshard.runner.build.ProjectBuild;
import dev.testshard.runner.build.TestModule;
import dev.testshard.runner.build.TestSettings;
import dev.testshard.runner.common.StepTimer;
import dev.testshard.runner.common.StepTimer.Step;
import dev.testshard.runner.coverage.CoverageTarget;
import dev.testshard.runner.coverage.JacocoAgent;
import dev.testshard.runner.docker.ContainerEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Packs the snapshot into images, layered from most to least stable: the base Java runtime, then a
 * cached dependency image (class path entries outside the project, the agent, class data archives:
 * {@link DepsImage}), then the per-run image with the project files, compiled classes and module
 * descriptors ({@link RunLayer}).
 *
 * <p>The dependency image is keyed by its content, so a re-run whose dependencies did not change
 * reuses it and sends only the project layer to the engine.
 */
public final class SnapshotBuilder {

  private final ContainerEngine engine;
  private final PlatformJars platformJars;
  private final Path agentCode;
  private final Map<String, String> cacheLabels;
  private final StepTimer steps;

  public SnapshotBuilder(
      ContainerEngine engine,
      PlatformJars platformJars,
      Path agentCode,
      Map<String, String> cacheLabels,
      StepTimer steps) {
    this.engine = engine;
    this.platformJars = platformJars;
    this.agentCode = agentCode;
    this.cacheLabels = Map.copyOf(cacheLabels);
    this.steps = steps;
  }

  /**
   * Builds the per-run image. Reads the working tree; after it returns, nothing does.
   *
   * @param runImageTag tag for the per-run image
   * @param runLabels labels for the per-run image
   */
  public Snapshot take(
      ProjectBuild build,
      ProjectFiles files,
      String baseImage,
      String runImageTag,
      Map<String, String> runLabels) {
    Path projectDir = build.projectDir();
    String agentPath = ContainerLayout.AGENT + "/" + agentCode.getFileName();

    // Class path of every module in container paths, and what each layer must hold.
    Map<String, Path> deps = new LinkedHashMap<>();
    List<Path> projectClassDirs = new ArrayList<>();
    List<Path> projectJars = new ArrayList<>();
    List<Snapshot.SnapshotModule> modules = new ArrayList<>();
    Map<String, String> descriptors = new LinkedHashMap<>();
    Map<String, String> links = new LinkedHashMap<>();
    Map<String, List<String>> archives = new LinkedHashMap<>();
    boolean shareable = Files.isRegularFile(agentCode); // a JVM cannot archive from a directory
    int index = 0;
    for (TestModule module : build.modules()) {
      List<Path> entries = new ArrayList<>(module.classpath());
      entries.addAll(platformJars.missingJars(module));
      // The agent and the JUnit jars first, so that the JVM can map them from an archive.
      List<String> first = new ArrayList<>(List.of(agentPath));
      List<String> rest = new ArrayList<>();
      for (Path entry : entries) {
        if (!Files.exists(entry)) {
          continue;
        }
        if (entry.startsWith(projectDir)) {
          (Files.isDirectory(entry) ? projectClassDirs : projectJars).add(entry);
          rest.add(ContainerLayout.inWorkspace(projectDir, entry));
        } else {
          String containerPath = ContainerLayout.inDeps(entry);
          deps.put(containerPath, entry);
          (ClassDataSharing.isJUnitJar(entry) ? first : rest).add(containerPath);
        }
      }
      List<String> containerEntries = new ArrayList<>(first);
      containerEntries.addAll(rest);
      List<String> roots = new ArrayList<>();
      Set<String> topLevelClasses = new TreeSet<>();
      for (Path root : module.testRoots()) {
        // A jar of dependenciesToScan is in the dependency layer, as on the class path.
        roots.add(
            root.startsWith(projectDir)
                ? ContainerLayout.inWorkspace(projectDir, root)
                : ContainerLayout.inDeps(root));
        topLevelClasses.addAll(topLevelClasses(root));
      }
      String key = "m" + index++;
      TestSettings settings = module.settings();
      HostPaths paths = new HostPaths(projectDir, settings.localRepository(), deps);
      List<String> jvmOptions = new ArrayList<>();
      settings.jvmArgs().forEach(arg -> jvmOptions.add(paths.map(arg)));
      CoverageTarget coverage = coverage(module, key, jvmOptions);
      settings
          .systemProperties()
          .forEach((name, value) -> jvmOptions.add("-D" + name + "=" + paths.map(value)));
      Map<String, String> environment = new LinkedHashMap<>();
      settings.environment().forEach((name, value) -> environment.put(name, paths.map(value)));
      Path workingDir =
          settings.workingDirectory().normalize().startsWith(projectDir)
              ? settings.workingDirectory().normalize()
              : module.directory();
      Snapshot.SnapshotModule snapshotModule =
          new Snapshot.SnapshotModule(
              module,
              key,
              ContainerLayout.inWorkspace(projectDir, workingDir),
              String.join(":", containerEntries),
              topLevelClasses,
              jvmOptions,
              environment,
              coverage);
      modules.add(snapshotModule);
      String dir = "run/modules/" + key + "/";
      descriptors.put(dir + "classpath", String.join("\n", containerEntries) + "\n");
      descriptors.put(dir + "roots", String.join("\n", roots) + "\n");
      descriptors.put(dir + "selection", String.join("\n", settings.selection()) + "\n");
      // basedir as Surefire sets it: some tests locate files through it.
      descriptors.put(
          dir + "java-args",
          quote("-Dbasedir=" + ContainerLayout.inWorkspace(projectDir, module.directory()))
              + "\n"
              + "-cp\n"
              + quote(String.join(":", containerEntries))
              + "\n");
      if (shareable && first.size() > 1) {
        String archive = ClassDataSharing.key(first);
        archives.put(archive, first);
        links.put(dir + "jvm-args", ClassDataSharing.argsFile(archive));
      } else {
        descriptors.put(dir + "jvm-args", "");
      }
    }

    DepsImage.Result depsImage =
        steps.time(
            Step.DEPS_IMAGE,
            () -> new DepsImage(engine, agentCode, cacheLabels).ensure(baseImage, deps, archives));
    steps.flag(Step.DEPS_IMAGE, depsImage.built());
    RunLayer layer = new RunLayer(files, projectClassDirs, projectJars, descriptors, links);
    steps.time(
        Step.RUN_IMAGE,
        () -> RunImage.make(engine, depsImage.tag(), layer, runImageTag, runLabels));
    String classPathKey =
        ContainerLayout.shortHash(depsImage.tag() + "\n" + layer.classPathDigest());
    return new Snapshot(runImageTag, agentPath, modules, files, classPathKey, depsImage.tag());
  }

  /**
   * When the argLine has JaCoCo's agent, points it (in {@code jvmOptions}, already mapped) at a
   * file of the module's in the directory copied out of every container, and says where the merged
   * data goes on the host.
   */
  private static CoverageTarget coverage(TestModule module, String key, List<String> jvmOptions) {
    TestSettings settings = module.settings();
    var agent = JacocoAgent.find(settings.jvmArgs());
    if (agent.isEmpty()) {
      return null;
    }
    CoverageTarget target =
        new CoverageTarget(
            module.id(),
            "jacoco-" + key + ".exec",
            agent.get().destfile(settings.workingDirectory()),
            agent.get().append());
    JacocoAgent mapped = JacocoAgent.find(jvmOptions).orElseThrow();
    jvmOptions.set(
        mapped.index(), mapped.withDestfile(ContainerLayout.REPORTS + "/" + target.resultName()));
    return target;
  }

  /**
   * The top-level classes compiled under a test root: {@code a/b/C.class} is {@code a.b.C}. A
   * {@code $} marks a nested class only when the name before it is a class compiled beside it: a
   * top-level class may have one in its own name ({@code a/b/Ça$Va.class}).
   */
  static Set<String> topLevelClasses(Path root) {
    if (!Files.isDirectory(root) && !Files.isRegularFile(root)) {
      return Set.of();
    }
    try (Stream<String> names = classFileNames(root)) {
      Set<String> classes =
          names
              .filter(name -> name.endsWith(".class"))
              .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
              .filter(name -> !name.endsWith("package-info") && !name.endsWith("module-info"))
              .collect(Collectors.toCollection(TreeSet::new));
      return classes.stream()
          .filter(name -> !isNested(name, classes))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the classes under " + root, e);
    }
  }

  /** The paths under a directory, or the entries of a jar, {@code /}-separated. */
  private static Stream<String> classFileNames(Path root) throws IOException {
    if (Files.isDirectory(root)) {
      return Files.walk(root).map(path -> root.relativize(path).toString().replace('\\', '/'));
    }
    try (JarFile jar = new JarFile(root.toFile())) {
      return jar.stream().map(JarEntry::getName).toList().stream();
    }
  }

  private static boolean isNested(String name, Set<String> classes) {
    for (int dollar = name.indexOf('$'); dollar > 0; dollar = name.indexOf('$', dollar + 1)) {
      if (classes.contains(name.substring(0, dollar))) {
        return true;
      }
    }
    return false;
  }

  /** Quotes a value for a java {@code @argfile}. */
  static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
