package dev.testshard.maven;

import java.util.List;
import org.apache.maven.plugin.MojoExecution;

/**
 * The two Maven plugins whose test executions testshard reproduces, with what differs between them:
 * the goal, the lifecycle phase the plan is computed up to, the default includes and the parameters
 * that skip the tests (Surefire's {@code SurefireMojo} and Failsafe's {@code IntegrationTestMojo},
 * 3.x).
 */
enum TestPlugin {
  SUREFIRE(
      "surefire",
      "maven-surefire-plugin",
      "test",
      "test",
      List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java"),
      List.of("skip", "skipTests", "skipExec")),
  FAILSAFE(
      "failsafe",
      "maven-failsafe-plugin",
      "integration-test",
      "verify",
      List.of("**/IT*.java", "**/*IT.java", "**/*ITCase.java"),
      List.of("skip", "skipTests", "skipITs", "skipExec"));

  /** Surefire's default excludes: nested and anonymous classes. */
  static final List<String> DEFAULT_EXCLUDES = List.of("**/*$*");

  final String name;
  final String artifactId;
  final String goal;
  final String lifecyclePhase;
  final List<String> defaultIncludes;
  final List<String> skipParameters;

  TestPlugin(
      String name,
      String artifactId,
      String goal,
      String lifecyclePhase,
      List<String> defaultIncludes,
      List<String> skipParameters) {
    this.name = name;
    this.artifactId = artifactId;
    this.goal = goal;
    this.lifecyclePhase = lifecyclePhase;
    this.defaultIncludes = defaultIncludes;
    this.skipParameters = skipParameters;
  }

  /** Whether this execution runs Surefire's or Failsafe's test goal. */
  static boolean runsAnyTests(MojoExecution execution) {
    return SUREFIRE.runs(execution) || FAILSAFE.runs(execution);
  }

  /** Whether this execution runs this plugin's test goal. */
  boolean runs(MojoExecution execution) {
    return "org.apache.maven.plugins".equals(execution.getGroupId())
        && artifactId.equals(execution.getArtifactId())
        && goal.equals(execution.getGoal());
  }
}
