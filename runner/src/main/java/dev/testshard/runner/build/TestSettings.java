package dev.testshard.runner.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a module's tests are selected and run, as {@code mvn test} would: the test JVM's arguments,
 * system properties, environment and working directory, and which tests it runs. Host paths; the
 * snapshot maps them into the image.
 *
 * @param execution the Surefire execution this comes from ({@code default-test}), or null when the
 *     project was not built by Maven ({@code --classpath})
 * @param jvmArgs the argLine, split into arguments as Surefire splits it
 * @param systemProperties set in the test JVM
 * @param environment set in the test container
 * @param workingDirectory the test JVM's working directory
 * @param selection which tests run: include and exclude patterns, tags, engines and configuration
 *     parameters, in the agent's {@code selection} file format (docs/protocol.md)
 * @param warnings settings that cannot be honoured, one sentence each
 * @param localRepository the local Maven repository the build used, or null: a file under it that
 *     the JVM arguments name (a {@code -javaagent}) may be copied into the image
 * @param rerunFailing how many times a failing test runs again ({@code rerunFailingTestsCount}),
 *     unless {@code --rerun-failing} says otherwise
 * @param skipAfterFailure after how many failed tests Surefire skips the rest of the run ({@code
 *     skipAfterFailureCount}), 0 for never; the run's {@code --fail-fast} unless one is given
 */
public record TestSettings(
    String execution,
    List<String> jvmArgs,
    Map<String, String> systemProperties,
    Map<String, String> environment,
    Path workingDirectory,
    List<String> selection,
    List<String> warnings,
    Path localRepository,
    int rerunFailing,
    int skipAfterFailure) {

  /** Surefire's default includes and excludes, for projects whose configuration is unknown. */
  public static final List<String> SUREFIRE_DEFAULT_SELECTION =
      List.of(
          "include **/Test*.java",
          "include **/*Test.java",
          "include **/*Tests.java",
          "include **/*TestCase.java",
          "exclude **/*$*");

  public TestSettings {
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    jvmArgs = List.copyOf(jvmArgs);
    systemProperties = Collections.unmodifiableMap(new LinkedHashMap<>(systemProperties));
    environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    selection = List.copyOf(selection);
    warnings = List.copyOf(warnings);
  }

  /** The settings of one execution of Surefire's test goal, as testshard's Maven plugin read it. */
  public static TestSettings of(ModuleDescription module, ModuleDescription.Execution execution) {
    List<String> selection = new ArrayList<>();
    execution.includes().forEach(pattern -> selection.add("include " + pattern));
    execution.excludes().forEach(pattern -> selection.add("exclude " + pattern));
    if (execution.specificTests()) {
      selection.add("specific-tests true");
    }
    if (isSet(execution.groups())) {
      selection.add("groups " + oneLine(execution.groups()));
    }
    if (isSet(execution.excludedGroups())) {
      selection.add("excluded-groups " + oneLine(execution.excludedGroups()));
    }
    execution.includeEngines().forEach(engine -> selection.add("include-engine " + engine));
    execution.excludeEngines().forEach(engine -> selection.add("exclude-engine " + engine));
    execution
        .configurationParameters()
        .forEach((key, value) -> selection.add("config " + key + "=" + oneLine(value)));
    if (isSet(execution.pluginVersion())) {
      // Surefire's names changed between versions (TestNG data-driven tests at 3.0.0-M5).
      selection.add("plugin-version " + oneLine(execution.pluginVersion()));
    }
    if (isSet(execution.reportNameSuffix())) {
      selection.add("report-name-suffix " + oneLine(execution.reportNameSuffix()));
    }
    if (execution.phrasedMethodNames()) {
      selection.add("phrased-method-names true");
    }
    execution
        .suiteParameters()
        .forEach((name, value) -> selection.add("suite-parameter " + name + "=" + oneLine(value)));
    if (!execution.reuseForks()) {
      // Surefire's reuseForks=false: the agent runs each class in a JVM of its own.
      selection.add("reuse-forks false");
    }
    if (isSet(execution.provider())) {
      // How a JUnit 4 class skipped or aborted as a whole is reported depends on the provider.
      selection.add("provider " + oneLine(execution.provider()));
    }
    Path workingDirectory =
        execution.workingDirectory() != null ? execution.workingDirectory() : module.basedir();
    // Surefire enables assertions for the tests' class loader unless told not to; -ea does that.
    List<String> jvmArgs = new ArrayList<>();
    if (execution.enableAssertions()) {
      jvmArgs.add("-ea");
    }
    jvmArgs.addAll(ArgLine.split(execution.argLine()));
    return new TestSettings(
        execution.id(),
        jvmArgs,
        execution.systemProperties(),
        execution.environment(),
        workingDirectory,
        selection,
        execution.warnings(),
        module.localRepository(),
        execution.rerunFailingTestsCount(),
        execution.skipAfterFailureCount());
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  /** The selection file has one entry a line; a configured value's line breaks are spaces. */
  private static String oneLine(String value) {
    return value.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  /** A module of another build tool: Surefire's defaults, nothing else. */
  public static TestSettings defaults(Path moduleDir) {
    return new TestSettings(
        null,
        List.of(),
        Map.of(),
        Map.of(),
        moduleDir,
        SUREFIRE_DEFAULT_SELECTION,
        List.of(),
        null,
        0,
        0);
  }
}
