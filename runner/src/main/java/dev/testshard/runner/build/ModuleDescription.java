package dev.testshard.runner.build;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One module as testshard's Maven plugin describes it ({@code target/testshard-module.json}, format
 * {@code testshard-module/1}, docs/module-format.md): where it is, and each execution of Surefire's
 * (or Failsafe's) test goal with its effective configuration.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModuleDescription(
    String format,
    String groupId,
    String artifactId,
    String version,
    String packaging,
    Path basedir,
    Path testClassesDirectory,
    Path classesDirectory,
    Path localRepository,
    List<Execution> executions) {

  public static final String FORMAT = "testshard-module/1";

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public ModuleDescription {
    executions = executions == null ? List.of() : List.copyOf(executions);
  }

  /** Reads a description; a file of another format or broken JSON is a usage error (exit 2). */
  public static ModuleDescription read(Path file) {
    ModuleDescription description;
    try {
      description = JSON.readValue(file.toFile(), ModuleDescription.class);
    } catch (IOException e) {
      throw new TestshardException(
          ExitCodes.USAGE, "cannot read " + file + ": " + e.getMessage(), e);
    }
    if (!FORMAT.equals(description.format())) {
      throw new TestshardException(
          ExitCodes.USAGE,
          file + " has format " + description.format() + ", this testshard reads " + FORMAT);
    }
    return description;
  }

  /**
   * One execution of the test goal, with its configuration as Surefire resolves it.
   *
   * @param id the execution id ({@code default-test})
   * @param skip whether Surefire would skip it ({@code skipReason} says why)
   * @param classpath the test class path Surefire would use, in order
   * @param providerClasspath jars testshard adds so the JUnit Platform can run it (launcher,
   *     Vintage for JUnit 4 projects, ...)
   * @param argLine the test JVM's arguments, {@code @{...}} resolved; null for none
   * @param includes effective include patterns (defaults and {@code -Dtest} applied)
   * @param reportNameSuffix Surefire's {@code reportNameSuffix}, which its report appends to every
   *     classname in parentheses; null for none
   * @param phrasedMethodNames whether its XML reporter names test cases by their display names
   *     ({@code usePhrasedTestCaseMethodName}; null: a description written before the field, no)
   * @param rerunFailingTestsCount how many times Surefire re-runs a failing test (null: a
   *     description written before the field, 0)
   * @param skipAfterFailureCount after how many failed tests Surefire skips the rest, 0 for never
   *     (null: a description written before the field, 0)
   * @param reuseForks whether one JVM runs many test classes (null: a description written before
   *     the field, true)
   * @param suiteParameters the parameters of the testng provider's suite files
   * @param scanDependencies the dependencies ({@code dependenciesToScan}) whose test classes run
   *     too: jars, or a reactor module's output directory
   * @param warnings settings testshard cannot honour, one sentence each
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Execution(
      String id,
      String plugin,
      String pluginVersion,
      boolean skip,
      String skipReason,
      String provider,
      List<Path> classpath,
      List<Path> providerClasspath,
      Path workingDirectory,
      String argLine,
      Map<String, String> systemProperties,
      Map<String, String> environment,
      List<String> excludedEnvironmentVariables,
      List<String> includes,
      List<String> excludes,
      boolean specificTests,
      String groups,
      String excludedGroups,
      Map<String, String> configurationParameters,
      List<String> includeEngines,
      List<String> excludeEngines,
      boolean failIfNoSpecifiedTests,
      boolean failIfNoTests,
      Boolean enableAssertions,
      String reportNameSuffix,
      Boolean phrasedMethodNames,
      Integer rerunFailingTestsCount,
      Integer skipAfterFailureCount,
      Boolean reuseForks,
      Map<String, String> suiteParameters,
      List<Path> scanDependencies,
      List<String> warnings) {

    public Execution {
      classpath = nonNull(classpath);
      providerClasspath = nonNull(providerClasspath);
      systemProperties = ordered(systemProperties);
      environment = ordered(environment);
      excludedEnvironmentVariables = nonNull(excludedEnvironmentVariables);
      includes = nonNull(includes);
      excludes = nonNull(excludes);
      configurationParameters = ordered(configurationParameters);
      includeEngines = nonNull(includeEngines);
      excludeEngines = nonNull(excludeEngines);
      warnings = nonNull(warnings);
      enableAssertions = enableAssertions == null || enableAssertions;
      phrasedMethodNames = phrasedMethodNames != null && phrasedMethodNames;
      rerunFailingTestsCount = rerunFailingTestsCount == null ? 0 : rerunFailingTestsCount;
      skipAfterFailureCount = skipAfterFailureCount == null ? 0 : skipAfterFailureCount;
      reuseForks = reuseForks == null || reuseForks;
      suiteParameters = ordered(suiteParameters);
      scanDependencies = nonNull(scanDependencies);
    }

    private static Map<String, String> ordered(Map<String, String> map) {
      return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static <T> List<T> nonNull(List<T> list) {
      return list == null ? List.of() : List.copyOf(list);
    }
  }
}
