package dev.testshard.runner.results;

import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import java.util.List;

/** How a shard ended as a whole. The one place of the rule: lost over failed over passed. */
public enum ShardStatus {
  /** Every planned test reported and none failed. */
  PASSED,
  /** Every planned test reported; some failed. */
  FAILED,
  /** The container or agent died, or its results could not be read: some work never reported. */
  LOST;

  /**
   * The status of a shard with these results: {@link #LOST} when work never reported (lost work
   * wins, so a report with holes never looks like an ordinary red build), else {@link #FAILED} when
   * a test failed, else {@link #PASSED}.
   */
  public static ShardStatus of(boolean lost, List<TestSuiteResult> suites) {
    if (lost) {
      return LOST;
    }
    for (TestSuiteResult suite : suites) {
      for (TestCaseResult testCase : suite.testCases()) {
        if (failing(testCase)) {
          return FAILED;
        }
      }
    }
    return PASSED;
  }

  /** Whether a test case counts as a failure: failed or in error (a lost test is an error). */
  public static boolean failing(TestCaseResult testCase) {
    return testCase.outcome() == Outcome.FAILED || testCase.outcome() == Outcome.ERROR;
  }
}
