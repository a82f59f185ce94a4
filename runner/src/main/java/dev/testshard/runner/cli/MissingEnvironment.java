package dev.testshard.runner.cli;

import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import dev.testshard.runner.results.ShardResult;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What the end-of-run lines about a shard's missing environment share ({@link DockerlessClasses},
 * {@link NetworklessClasses}): the classes with a test case that matches, and one warning line
 * naming them. Pure.
 */
final class MissingEnvironment {
  private MissingEnvironment() {}

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

  /** Whether {@code text} (may be null) contains {@code part}. */
  static boolean contains(String text, String part) {
    return text != null && text.contains(part);
  }
}
