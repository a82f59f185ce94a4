package dev.testshard.runner.cli;

import dev.testshard.report.Outcome;
import dev.testshard.report.Problem;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import dev.testshard.runner.results.ShardResult;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

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
    return classesWith(results, DockerlessClasses::missedDocker);
  }

  /** The top-level classes (by suite) with a test case that matches, sorted by name. */
  static List<String> classesWith(List<ShardResult> results, Predicate<TestCaseResult> matches) {
    TreeSet<String> classes = new TreeSet<>();
    for (ShardResult result : results) {
      for (TestSuiteResult suite : result.suites()) {
        if (suite.testCases().stream().anyMatch(matches)) {
          classes.add(suite.name());
        }
      }
    }
    return List.copyOf(classes);
  }

  /** The end-of-run warning naming the classes, or empty when there are none. */
  static Optional<String> warning(List<ShardResult> results) {
    return warning(
        of(results),
        "found no Docker engine and did not run",
        "give the tests the engine with --docker-access, or move the service to services: in"
            + " testshard.yaml");
  }

  /** {@code testshard: warning: N classes WHAT: A, B (WAY OUT)}, or empty without classes. */
  static Optional<String> warning(List<String> classes, String what, String wayOut) {
    if (classes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "testshard: warning: "
            + classes.size()
            + (classes.size() == 1 ? " class " : " classes ")
            + what
            + ": "
            + String.join(", ", classes)
            + " ("
            + wayOut
            + ")");
  }

  static boolean missedDocker(TestCaseResult testCase) {
    Problem problem = testCase.problem();
    if (problem == null) {
      return false;
    }
    if (testCase.outcome() == Outcome.SKIPPED) {
      return contains(problem.message(), DISABLED_WITHOUT_DOCKER);
    }
    if (testCase.outcome() == Outcome.PASSED) {
      return false;
    }
    return NO_ENGINE.stream()
        .anyMatch(
            text -> contains(problem.message(), text) || contains(problem.stackTrace(), text));
  }

  static boolean contains(String text, String part) {
    return text != null && text.contains(part);
  }
}
