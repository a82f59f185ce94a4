package dev.testshard.report;

import java.util.Objects;

/**
 * One failed or errored test in {@code summary.json}.
 *
 * @param className the {@code classname} of the test case (may be a nested class)
 * @param name the test's name
 * @param shard the id of the shard that ran it, or null when unknown
 * @param outcome {@code failed} (an assertion failed) or {@code error} (anything else)
 * @param message the failure message, or null
 */
public record FailureSummary(
    String className, String name, String shard, String outcome, String message) {

  public FailureSummary {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(name, "name");
    if (!"failed".equals(outcome) && !"error".equals(outcome)) {
      throw new IllegalArgumentException("outcome must be failed or error: " + outcome);
    }
  }

  /**
   * The entry for a test case that failed or errored.
   *
   * @throws IllegalArgumentException when the test case passed or was skipped
   */
  public static FailureSummary of(TestCaseResult testCase, String shard) {
    String outcome =
        switch (testCase.outcome()) {
          case FAILED -> "failed";
          case ERROR -> "error";
          default ->
              throw new IllegalArgumentException(
                  "not a failure: " + testCase.className() + " " + testCase.name());
        };
    String message = testCase.problem() == null ? null : testCase.problem().message();
    return new FailureSummary(testCase.className(), testCase.name(), shard, outcome, message);
  }
}
