package dev.testshard.agent;

import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.EventType;
import dev.testshard.agent.protocol.Protocol;
import dev.testshard.agent.selection.SurefireSelection;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Discovers the top-level test classes of one module with the JUnit Platform, so that the engines
 * decide what a test is. Emits one {@code class} event per top-level class with the number of tests
 * known before execution (parameterized and dynamic tests appear only when run).
 *
 * <p>Loaded in the module's own class loader; its public method takes JDK types only.
 */
public final class Discovery {

  /**
   * Discovers one module and emits its events to {@code sink}.
   *
   * @param include regular expression a top-level class name must match, or null for all
   * @param selectionFile the module's Surefire selection file, or null: with one, the classes are
   *     those whose class files in {@code roots} the selection takes (as Surefire scans them), and
   *     its filters apply
   */
  public void discover(
      String module,
      List<String> roots,
      String include,
      List<String> excludedEngines,
      String selectionFile,
      Consumer<String> sink)
      throws IOException {
    Set<Path> rootPaths = new LinkedHashSet<>();
    for (String root : roots) {
      Path path = Path.of(root);
      // A directory of class files, or a jar of dependenciesToScan.
      if (Files.isDirectory(path) || Files.isRegularFile(path)) {
        rootPaths.add(path);
      }
    }
    if (rootPaths.isEmpty()) {
      return;
    }
    RequestFilters filters =
        new RequestFilters(excludedEngines, SurefireSelection.readIfGiven(selectionFile));
    LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
    Pattern includePattern = include == null ? null : Pattern.compile(include);
    if (filters.hasSelection()) {
      List<DiscoverySelector> selectors =
          selectedClasses(module, rootPaths, filters, includePattern, sink);
      if (selectors.isEmpty()) {
        return;
      }
      request.selectors(selectors);
    } else {
      request.selectors(DiscoverySelectors.selectClasspathRoots(rootPaths));
    }
    filters.applyTo(request);
    Launcher launcher = LauncherFactory.create();
    TestPlan plan = launcher.discover(request.build());

    Map<String, ClassTally> classes = new LinkedHashMap<>();
    Map<String, Integer> unshardable = new LinkedHashMap<>();
    SurefireNames names = new SurefireNames(plan, filters.reporting());
    for (TestIdentifier root : plan.getRoots()) {
      String engine = UniqueId.parse(root.getUniqueId()).getSegments().get(0).getValue();
      for (TestIdentifier child : plan.getChildren(root)) {
        visit(plan, names, child, engine, classes, unshardable);
      }
    }
    for (Map.Entry<String, ClassTally> entry : classes.entrySet()) {
      if (includePattern != null && !includePattern.matcher(entry.getKey()).matches()) {
        continue;
      }
      sink.accept(
          EventStream.event(EventType.CLASS_FOUND)
              .put(EventField.MODULE, module)
              .put(EventField.CLASS, entry.getKey())
              .put(EventField.ENGINES, entry.getValue().engines)
              .put(EventField.TESTS, entry.getValue().tests)
              .put(EventField.TEST_NAMES, entry.getValue().testNames)
              .toString());
    }
    unshardable.forEach(
        (engine, count) ->
            sink.accept(
                EventStream.event(EventType.WARNING)
                    .put(EventField.MODULE, module)
                    .put(
                        EventField.MESSAGE,
                        count
                            + " test(s) of engine "
                            + engine
                            + " have no Java class as source and cannot be sharded; skipped")
                    .toString()));
  }

  /**
   * Surefire's directory scan: every class file under the roots whose path the selection takes,
   * nested classes included, selected by name. A class that cannot be loaded is kept out of the
   * request (one such class would otherwise fail the whole engine's discovery) but not out of the
   * run: it is sent as a class without known tests, so that its shard reports it as an error, as
   * Surefire fails on it too. Never a silent omission, whatever the reason: a missing dependency,
   * or a file name the JVM's file name encoding cannot decode.
   */
  private static List<DiscoverySelector> selectedClasses(
      String module,
      Set<Path> roots,
      RequestFilters filters,
      Pattern include,
      Consumer<String> sink)
      throws IOException {
    Set<String> names = new TreeSet<>();
    for (Path root : roots) {
      try (Stream<Path> files = classFiles(root)) {
        files
            .map(Discovery::binaryName)
            .filter(name -> name != null && filters.selectsClass(name))
            .forEach(names::add);
      }
    }
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    boolean testNg = TestNgSuiteConfiguration.onClassPath(loader);
    List<String> suiteConfigured = new ArrayList<>();
    List<DiscoverySelector> selectors = new ArrayList<>();
    for (String name : names) {
      try {
        Class<?> testClass = Class.forName(name, false, loader);
        if (testNg
            && (include == null || include.matcher(name).matches())
            && TestNgSuiteConfiguration.declaredOrInherited(testClass)) {
          suiteConfigured.add(name);
        }
        selectors.add(DiscoverySelectors.selectClass(name));
      } catch (ClassNotFoundException | LinkageError e) {
        if (include != null && !include.matcher(name).matches()) {
          continue;
        }
        sink.accept(
            EventStream.event(EventType.CLASS_FOUND)
                .put(EventField.MODULE, module)
                .put(EventField.CLASS, name)
                .put(EventField.ENGINES, List.of())
                .put(EventField.TESTS, 0)
                .put(EventField.TEST_NAMES, List.of())
                .toString());
        sink.accept(
            EventStream.event(EventType.WARNING)
                .put(EventField.MODULE, module)
                .put(EventField.MESSAGE, unloadable(name, e))
                .toString());
      }
    }
    if (!suiteConfigured.isEmpty()) {
      sink.accept(
          EventStream.event(EventType.WARNING)
              .put(EventField.MODULE, module)
              .put(EventField.MESSAGE, TestNgSuiteConfiguration.warning(suiteConfigured))
              .toString());
    }
    return selectors;
  }

  private static String unloadable(String name, Throwable e) {
    return "cannot load test class "
        + name
        + " (its shard reports it as an error): "
        + e
        + FileNameEncoding.hint(name);
  }

  /**
   * The files under a directory, relative to it, or the file entries of a jar (Surefire's
   * DependencyScanner reads a dependenciesToScan jar's entries with the same filter).
   */
  private static Stream<Path> classFiles(Path root) throws IOException {
    if (Files.isDirectory(root)) {
      return Files.walk(root).filter(Files::isRegularFile).map(root::relativize);
    }
    try (JarFile jar = new JarFile(root.toFile())) {
      return jar.stream()
          .filter(entry -> !entry.isDirectory())
          .map(entry -> Path.of(entry.getName()))
          .toList()
          .stream();
    }
  }

  /** {@code com/acme/Foo$Inner.class} → {@code com.acme.Foo$Inner}; null for other files. */
  private static String binaryName(Path relative) {
    String path = relative.toString().replace(File.separatorChar, '/');
    int stem = path.length() - ".class".length();
    if (stem <= 0 || !path.regionMatches(true, stem, ".class", 0, ".class".length())) {
      return null;
    }
    String name = path.substring(0, stem).replace('/', '.');
    // module-info and package-info are no classes a test engine could run.
    return name.contains("-") ? null : name;
  }

  private static void visit(
      TestPlan plan,
      SurefireNames names,
      TestIdentifier id,
      String engine,
      Map<String, ClassTally> classes,
      Map<String, Integer> unshardable) {
    String topLevel = TestSources.topLevelClass(plan, id);
    if (topLevel == null) {
      // Not under any Java class (e.g. a feature file): count its tests as unshardable.
      int tests = id.isTest() ? 1 : 0;
      for (TestIdentifier descendant : plan.getDescendants(id)) {
        tests += descendant.isTest() ? 1 : 0;
      }
      if (tests > 0) {
        unshardable.merge(engine, tests, Integer::sum);
      }
      return;
    }
    ClassTally tally = classes.computeIfAbsent(topLevel, k -> new ClassTally());
    tally.engines.add(engine);
    if (id.isTest()) {
      tally.add(names, id);
    }
    for (TestIdentifier descendant : plan.getDescendants(id)) {
      if (descendant.isTest()) {
        tally.add(names, descendant);
      }
    }
  }

  private static final class ClassTally {
    final Set<String> engines = new LinkedHashSet<>();
    final List<String> testNames = new ArrayList<>();
    int tests;

    void add(SurefireNames names, TestIdentifier test) {
      tests++;
      // The tests known before execution, named as a run names them, so that the runner can
      // report each one that a lost shard never ran under the name it would have had.
      testNames.add(names.className(test) + Protocol.NAME_SEPARATOR + names.name(test));
    }
  }
}
