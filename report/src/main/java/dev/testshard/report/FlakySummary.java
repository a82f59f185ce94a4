package dev.testshard.report;

import java.util.Objects;

/**
 * One flaky test in {@code summary.json}: it passed, but only after failing. It is counted as
 * passed.
 *
 * @param className the {@code classname} of the test case (may be a nested class)
 * @param name the test's name
 * @param shard the id of the shard that ran it, or null when unknown
 * @param attempts how many runs were recorded, the passing one included; at least 2
 */
public record FlakySummary(String className, String name, String shard, int attempts) {

  public FlakySummary {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(name, "name");
    if (attempts < 2) {
      throw new IllegalArgumentException("a flaky test ran at least twice: " + attempts);
    }
  }

  /**
   * The entry for a flaky test case.
   *
   * @throws IllegalArgumentException when the test case is not {@linkplain TestCaseResult#flaky()
   *     flaky}
   */
  public static FlakySummary of(TestCaseResult testCase, String shard) {
    if (!testCase.flaky()) {
      throw new IllegalArgumentException(
          "not flaky: " + testCase.className() + " " + testCase.name());
    }
    return new FlakySummary(testCase.className(), testCase.name(), shard, testCase.attempts());
  }
}
