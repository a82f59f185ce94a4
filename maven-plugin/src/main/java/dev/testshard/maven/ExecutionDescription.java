package dev.testshard.maven;

import java.util.List;
import java.util.Map;

/**
 * One Surefire or Failsafe test execution of a module, as testshard must reproduce it: one entry of
 * {@code executions} in {@code testshard-module.json} (format {@code testshard-module/1},
 * documented field by field in {@code docs/module-format.md}). The components are the JSON fields,
 * in order; nullable ones are noted there.
 */
record ExecutionDescription(
    String id,
    String plugin,
    String pluginVersion,
    boolean skip,
    String skipReason,
    String provider,
    List<String> classpath,
    List<String> providerClasspath,
    String workingDirectory,
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
    boolean enableAssertions,
    String reportNameSuffix,
    boolean phrasedMethodNames,
    int rerunFailingTestsCount,
    int skipAfterFailureCount,
    boolean reuseForks,
    Map<String, String> suiteParameters,
    List<String> scanDependencies,
    List<String> warnings) {

  ExecutionDescription withWarnings(List<String> all) {
    return new ExecutionDescription(
        id,
        plugin,
        pluginVersion,
        skip,
        skipReason,
        provider,
        classpath,
        providerClasspath,
        workingDirectory,
        argLine,
        systemProperties,
        environment,
        excludedEnvironmentVariables,
        includes,
        excludes,
        specificTests,
        groups,
        excludedGroups,
        configurationParameters,
        includeEngines,
        excludeEngines,
        failIfNoSpecifiedTests,
        failIfNoTests,
        enableAssertions,
        reportNameSuffix,
        phrasedMethodNames,
        rerunFailingTestsCount,
        skipAfterFailureCount,
        reuseForks,
        suiteParameters,
        scanDependencies,
        List.copyOf(all));
  }
}
