package dev.testshard.maven;

import java.util.List;
import java.util.Map;

/** Execution descriptions for tests: Surefire's defaults, with what a test varies. */
final class Executions {
  private Executions() {}

  static ExecutionDescription execution(
      String provider, String argLine, Map<String, String> systemProperties) {
    return execution("3.5.4", provider, argLine, systemProperties);
  }

  static ExecutionDescription execution(
      String surefireVersion,
      String provider,
      String argLine,
      Map<String, String> systemProperties) {
    return execution(surefireVersion, provider, argLine, systemProperties, 0);
  }

  static ExecutionDescription execution(
      String surefireVersion,
      String provider,
      String argLine,
      Map<String, String> systemProperties,
      int skipAfterFailureCount) {
    return new ExecutionDescription(
        "default-test",
        "surefire",
        surefireVersion,
        false,
        null,
        provider,
        List.of("/work/module/target/test-classes", "/work/module/target/classes"),
        List.of(),
        "/work/module",
        argLine,
        systemProperties,
        Map.of(),
        List.of(),
        TestPlugin.SUREFIRE.defaultIncludes,
        TestPlugin.DEFAULT_EXCLUDES,
        false,
        null,
        null,
        Map.of(),
        List.of(),
        List.of(),
        true,
        false,
        true,
        null,
        false,
        0,
        skipAfterFailureCount,
        true,
        Map.of(),
        List.of(),
        List.of());
  }
}
