package dev.testshard.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecution;

/**
 * The settings of a Surefire or Failsafe execution that testshard cannot honour, one sentence each,
 * so that none is dropped silently. Only parameters Surefire 3.x has are looked at; a parameter the
 * plugin version lacks reads as its default.
 */
final class Warnings {
  /**
   * Facts about the module that are not in the plugin's configuration.
   *
   * @param hasTests whether there are test classes (else the provider's needs do not matter)
   */
  record Context(
      boolean hasTests,
      boolean modular,
      boolean jdkToolchainInBuildContext,
      Map<String, String> projectArtifacts) {}

  private final List<String> warnings = new ArrayList<>();

  private Warnings() {}

  static List<String> of(
      MojoConfiguration config, ExecutionDescription execution, Context context) {
    Warnings w = new Warnings();
    w.jvm(config, context);
    w.forks(config, execution);
    w.argLine(execution);
    w.provider(config, execution, context);
    w.execution(config, execution, context);
    return List.copyOf(w.warnings);
  }

  /**
   * What Maven would run before a test execution but this build did not, because it stopped at an
   * earlier phase: whatever those executions do to the test classes or the project's properties is
   * missing from the description (such as an obfuscator in {@code process-test-classes}).
   */
  static List<String> notRunBefore(List<MojoExecution> notRun, String[] invokedPhases) {
    String stopped =
        invokedPhases.length == 0
            ? "this build ran no lifecycle phase"
            : "this build stopped at " + invokedPhases[invokedPhases.length - 1];
    return notRun.stream()
        .map(
            e ->
                String.format(
                    "%s:%s (%s) runs in %s before the tests, but %s: what it does is missing"
                        + " here.",
                    e.getArtifactId(),
                    e.getGoal(),
                    e.getExecutionId(),
                    e.getLifecyclePhase(),
                    stopped))
        .toList();
  }

  private void jvm(MojoConfiguration config, Context context) {
    String jvm = config.string("jvm");
    if (jvm != null && !jvm.isBlank()) {
      add("jvm is set to %s: testshard runs the tests on the Java of its image.", jvm);
    }
    if (!config.map("jdkToolchain").isEmpty() || context.jdkToolchainInBuildContext()) {
      add("A JDK toolchain is configured: testshard runs the tests on the Java of its image.");
    }
  }

  private void forks(MojoConfiguration config, ExecutionDescription execution) {
    String forkCount = config.string("forkCount");
    if (!Forks.forking(forkCount)) {
      add(
          "forkCount=%s: Surefire runs the tests inside Maven's JVM, without argLine and"
              + " environmentVariables; testshard runs them in a JVM of their own with both.",
          forkCount);
    }
    // In argLine, system properties and environment the runner replaces them per shard, as
    // Surefire does per fork; the working directory is one directory of the snapshot.
    for (String placeholder : ArgLine.forkPlaceholders(execution.workingDirectory())) {
      add(
          "workingDirectory contains %s (one directory per fork, forkCount=%s): testshard runs"
              + " every shard in the directory as written, without the fork number.",
          placeholder, forkCount);
    }
  }

  private void argLine(ExecutionDescription execution) {
    for (String reference : ArgLine.unresolvedReferences(execution.argLine())) {
      add(
          "argLine contains %s but the project has no such property: Surefire passes it to the"
              + " JVM literally.",
          reference);
    }
    for (String key : ForkedSystemProperties.NOT_SETTABLE) {
      String argLine = execution.argLine() == null ? "" : execution.argLine();
      if (execution.systemProperties().containsKey(key) && !argLine.contains("-D" + key + "=")) {
        add(
            "System property %s cannot be set in a running JVM, so Surefire's forked JVM ignores"
                + " it; set it in argLine.",
            key);
      }
    }
  }

  private void provider(MojoConfiguration config, ExecutionDescription execution, Context context) {
    String parallel = config.string("parallel");
    boolean concurrent = parallel != null && !parallel.isBlank();
    if (concurrent
        && (execution.provider().equals("junit47") || execution.provider().equals("testng"))) {
      add(
          "parallel=%s (threadCount=%s) runs tests concurrently within the JVM under Surefire's %s"
              + " provider; testshard runs them one at a time through the JUnit Platform.",
          parallel, config.string("threadCount"), execution.provider());
    }
    String junit =
        context.projectArtifacts().get(config.string("junitArtifactName", "junit:junit"));
    boolean vintage = List.of("junit3", "junit4", "junit47").contains(execution.provider());
    if (context.hasTests() && vintage && junit == null) {
      add(
          "The %s tests run through the JUnit Vintage engine, which needs JUnit 4.12 or later; the"
              + " project has no %s.",
          execution.provider(), config.string("junitArtifactName", "junit:junit"));
    } else if (context.hasTests() && vintage && Provider.vintageRefuses(junit)) {
      add(
          "The %s tests run through the JUnit Vintage engine, which needs JUnit 4.12 or later:"
              + " junit 4.13.2 takes the place of the project's %s on the test class path (JUnit 4"
              + " runs JUnit 3.8 tests as they are).",
          execution.provider(), junit);
    }
    String testNg =
        context.projectArtifacts().get(config.string("testNGArtifactName", "org.testng:testng"));
    if (context.hasTests()
        && execution.provider().equals("testng")
        && !Provider.atLeast(testNg, "6.14.3")) {
      add(
          "The TestNG tests run through the JUnit Platform's TestNG engine, which needs TestNG"
              + " 6.14.3 or later; the project has %s.",
          testNg);
    }
    if (!execution.provider().equals("junit-platform")) {
      for (String key : config.properties("properties").stringPropertyNames()) {
        if (!key.equals("configurationParameters")) {
          add(
              "properties/%s is passed to Surefire's %s provider; testshard ignores it.",
              key, execution.provider());
        }
      }
    }
    if (context.projectArtifacts().containsKey(Provider.PLATFORM_RUNNER)) {
      add(
          "junit-platform-runner is on the class path: Surefire runs @RunWith(JUnitPlatform.class)"
              + " suites with its JUnit 4 provider; testshard runs every engine directly.");
    }
  }

  /**
   * The XML reporter's phrased names ({@code statelessTestsetReporter}, Surefire 3's {@code
   * JUnit5Xml30StatelessReporter}) that testshard does not follow: test suites named by the class's
   * display name, and test cases' classnames by theirs where that differs from the default
   * reporter's (before 3.5.4, whose classnames are the display names already, or with a {@code
   * reportNameSuffix}). Test cases named by their display names ({@code
   * usePhrasedTestCaseMethodName}) are honoured (the execution's {@code phrasedMethodNames}).
   */
  private void reporter(MojoConfiguration config, ExecutionDescription execution) {
    List<String> phrased = new ArrayList<>();
    if (config.reporterOption("usePhrasedTestSuiteClassName")) {
      phrased.add("usePhrasedTestSuiteClassName");
    }
    String version = execution.pluginVersion();
    if (config.reporterOption("usePhrasedTestCaseClassName")
        && (execution.reportNameSuffix() != null
            || (version != null && !Provider.atLeast(version, "3.5.4")))) {
      phrased.add("usePhrasedTestCaseClassName");
    }
    if (!phrased.isEmpty()) {
      add(
          "statelessTestsetReporter %s: Surefire's report names test suites or the test cases'"
              + " classes by the classes' display names; testshard's by the class names.",
          String.join(", ", phrased));
    }
  }

  private void execution(MojoConfiguration config, ExecutionDescription execution, Context c) {
    String version = execution.pluginVersion();
    if (version != null && !Provider.atLeast(version, "3.0.0-M1")) {
      add(
          "%s %s predates 3.0: this description follows Surefire 3's rules%s.",
          execution.plugin(),
          version,
          execution.provider().equals("junit-platform") && !Provider.atLeast(version, "2.22.0")
              ? ", and this version does not run JUnit Platform tests at all"
              : "");
    }
    int skipAfter = execution.skipAfterFailureCount();
    if (skipAfter > 0) {
      add(
          "skipAfterFailureCount=%d: after %d failed test(s) of the run testshard starts no new"
              + " test class (as --fail-fast=%d) and reports those not run as skipped; classes"
              + " running then finish, where Surefire skips their remaining tests too.",
          skipAfter, skipAfter, skipAfter);
    }
    reporter(config, execution);
    String runOrder = config.string("runOrder");
    // balanced (longest first by the last runs' times, so that forks end together) is what
    // testshard does anyway; filesystem is the default.
    if (runOrder != null && !runOrder.equals("filesystem") && !runOrder.equals("balanced")) {
      add(
          "runOrder=%s: testshard orders test classes by its timing history instead%s.",
          runOrder,
          runOrder.equals("failedfirst")
              ? " (--failed-first starts the classes that failed in the last run first)"
              : "");
    }
    if (config.bool("childDelegation", false)) {
      add(
          "childDelegation=true: Surefire's test class loader looks in the test class path before"
              + " its parent; testshard uses the system class loader.");
    }
    if (!config.bool("useSystemClassLoader", true)) {
      add(
          "useSystemClassLoader=false: Surefire loads the tests in an isolated class loader;"
              + " testshard uses the system class loader.");
    }
    if (c.modular() && config.bool("useModulePath", false)) {
      add(
          "useModulePath=true on a modular project: Surefire runs the tests on the module path;"
              + " testshard puts everything on the class path.");
    }
    String debug = config.string("debugForkedProcess");
    if (debug != null && !debug.isBlank()) {
      add(
          "debugForkedProcess is set: testshard does not start the tests' JVM for a debugger"
              + " (%s).",
          debug);
    }
    int timeout = config.integer("forkedProcessTimeoutInSeconds", 0);
    if (timeout > 0) {
      add(
          "forkedProcessTimeoutInSeconds=%d: testshard does not apply it; use testshard's"
              + " --shard-timeout.",
          timeout);
    }
  }

  private void add(String format, Object... args) {
    warnings.add(String.format(format, args));
  }
}
