package dev.testshard.agent;

import dev.testshard.agent.selection.SurefireSelection;
import dev.testshard.agent.selection.TestPatterns;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * What narrows a launcher request beyond its selectors: the engines excluded on the command line
 * and, when there is one, the module's Surefire selection. Discovery and execution both go through
 * one of these, so that discovery reports exactly what execution runs.
 */
final class RequestFilters {

  private final List<String> excludedEngines;

  /** The TestNG engine's parameter that names listeners for TestNG to register. */
  static final String TESTNG_LISTENERS = "testng.listeners";

  private final SurefireSelection selection;

  /**
   * @param selection the module's selection, or null for none (every class, no further filter)
   */
  RequestFilters(List<String> excludedEngines, SurefireSelection selection) {
    this.excludedEngines = List.copyOf(excludedEngines);
    this.selection = selection;
  }

  boolean hasSelection() {
    return selection != null;
  }

  /**
   * Whether JUnit 4 classes are reported as Surefire's junit4 provider reports them (one entry for
   * a class skipped or aborted as a whole), rather than as its junit-platform provider does: unless
   * the selection names the junit-platform provider, as for a project without JUnit Platform.
   */
  boolean junit4Provider() {
    return selection == null || !"junit-platform".equals(selection.provider());
  }

  /** The parameters of the module's TestNG suite files, empty for none. */
  Map<String, String> suiteParameters() {
    return selection == null ? Map.of() : selection.suiteParameters();
  }

  /** Whether each test class runs in a JVM of its own, as Surefire's {@code reuseForks=false}. */
  boolean jvmPerClass() {
    return selection != null && !selection.reuseForks();
  }

  /** How the module's Surefire writes names in its report. */
  Reporting reporting() {
    return selection == null
        ? Reporting.DEFAULT
        : Reporting.of(
            junit4Provider(),
            selection.reportNameSuffix(),
            selection.pluginVersion(),
            selection.phrasedMethodNames());
  }

  /**
   * The TestNG engine's {@code testng.listeners} with {@code listener} added after those the
   * project's own configuration names.
   */
  String testNgListenersWith(String listener) {
    String own = selection == null ? null : selection.configuration().get(TESTNG_LISTENERS);
    return own == null || own.isBlank() ? listener : own + "," + listener;
  }

  /** Whether the class (top-level or nested, binary name) is selected as a test class. */
  boolean selectsClass(String binaryName) {
    return selection == null || selection.selectsClass(binaryName);
  }

  /**
   * The classes to select for one top-level class: the class itself and its member classes, at any
   * depth, that the selection takes, as Surefire selects each class file its patterns match. An
   * engine runs a {@code @Nested} class selected together with its enclosing class once. Without a
   * selection, the class alone. Loads member classes (without initializing them).
   */
  List<String> classesToSelect(Class<?> topLevel) {
    List<String> names = new ArrayList<>();
    if (selection == null) {
      names.add(topLevel.getName());
    } else {
      collect(topLevel, names);
    }
    return names;
  }

  private void collect(Class<?> type, List<String> names) {
    if (selection.selectsClass(type.getName())) {
      names.add(type.getName());
    }
    for (Class<?> member : type.getDeclaredClasses()) {
      collect(member, names);
    }
  }

  /** Adds the filters and configuration parameters to a request. */
  void applyTo(LauncherDiscoveryRequestBuilder request) {
    Set<String> excluded = new LinkedHashSet<>(excludedEngines);
    if (selection != null) {
      excluded.addAll(selection.excludedEngines());
      if (!selection.includedEngines().isEmpty()) {
        request.filters(EngineFilter.includeEngines(selection.includedEngines()));
      }
      if (!selection.groups().isEmpty()) {
        request.filters(TagFilter.includeTags(selection.groups()));
      }
      if (!selection.excludedGroups().isEmpty()) {
        request.filters(TagFilter.excludeTags(selection.excludedGroups()));
      }
      if (selection.methodFilter() != null) {
        request.filters(new MethodFilter(selection.methodFilter()));
      }
      request.configurationParameters(selection.configuration());
    }
    if (!excluded.isEmpty()) {
      request.filters(EngineFilter.excludeEngines(List.copyOf(excluded)));
    }
  }

  /**
   * Surefire's {@code TestMethodFilter}: every descriptor with a method as its source (a test, a
   * parameterized or repeated test's template, a test factory; a JUnit 4 method through Vintage)
   * runs only if its class file and method name pass the patterns. The class is the method source's
   * class, so a {@code @Nested} class's methods are matched as {@code Outer$Inner}. Invocations
   * created during execution (parameterized, dynamic) are not filtered again.
   */
  private static final class MethodFilter implements PostDiscoveryFilter {

    private final TestPatterns patterns;

    MethodFilter(TestPatterns patterns) {
      this.patterns = patterns;
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
      boolean run =
          descriptor
              .getSource()
              .filter(MethodSource.class::isInstance)
              .map(MethodSource.class::cast)
              .map(
                  source ->
                      patterns.shouldRun(
                          TestPatterns.classFile(source.getClassName()), source.getMethodName()))
              .orElse(true);
      return FilterResult.includedIf(run, () -> "selected", () -> "not selected by its methods");
    }
  }
}
