package dev.testshard.runner.cli;

import dev.testshard.report.Outcome;
import dev.testshard.report.Problem;
import dev.testshard.report.TestCaseResult;
import dev.testshard.runner.results.ShardResult;
import java.util.List;
import java.util.Optional;

/**
 * Finds the test classes that did not run because they found no Docker engine: skipped by
 * Testcontainers' {@code @Testcontainers(disabledWithoutDocker = true)}, or failed by
 * Testcontainers' "Could not find a valid Docker environment" (and the "Previous attempts ...
 * failed" of every later class in the same JVM). Read from the reasons the agent reported, so no
 * class that {@code mvn test} ran on a machine with Docker disappears from a green run without a
 * word. Pure.
 */
final class DockerlessClasses {

  /** Testcontainers' reason for disabling a class, {@code disabledWithoutDocker = true}. */
  static final String DISABLED_WITHOUT_DOCKER = "disabledWithoutDocker is true and Docker is not";

  /** Testcontainers' error when it finds no engine, and on every later attempt in the JVM. */
  static final List<String> NO_ENGINE =
      List.of(
          "Could not find a valid Docker environment",
          "Previous attempts to find a Docker environment failed");

  private DockerlessClasses() {}

  /** The top-level classes (by suite) with such a test case, sorted by name. */
  static List<String> of(List<ShardResult> results) {
    return MissingEnvironment.classesWith(results, DockerlessClasses::missedDocker);
  }

  /** The end-of-run warning naming the classes, or empty when there are none. */
  static Optional<String> warning(List<ShardResult> results) {
    return MissingEnvironment.warning(
        of(results),
        "found no Docker engine and did not run",
        "give the tests the engine with --docker-access, or move the service to services: in"
            + " testshard.yaml");
  }

  static boolean missedDocker(TestCaseResult testCase) {
    Problem problem = testCase.problem();
    if (problem == null) {
      return false;
    }
    if (testCase.outcome() == Outcome.SKIPPED) {
      return MissingEnvironment.contains(problem.message(), DISABLED_WITHOUT_DOCKER);
    }
    if (testCase.outcome() == Outcome.PASSED) {
      return false;
    }
    return NO_ENGINE.stream()
        .anyMatch(
            text ->
                MissingEnvironment.contains(problem.message(), text)
                    || MissingEnvironment.contains(problem.stackTrace(), text));
  }
}
