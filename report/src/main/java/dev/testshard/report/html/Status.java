package dev.testshard.report.html;

import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;

/**
 * How a test or a class is shown, as the one-letter code the page's script reads: {@code p} passed,
 * {@code k} flaky (passed after failing), {@code s} skipped, {@code f} failed, {@code e} error,
 * {@code l} lost (never reported: its shard crashed or was stopped).
 */
enum Status {
  PASSED("p"),
  SKIPPED("s"),
  FLAKY("k"),
  FAILED("f"),
  ERROR("e"),
  LOST("l");

  final String code;

  Status(String code) {
    this.code = code;
  }

  static Status of(TestCaseResult testCase) {
    return switch (testCase.outcome()) {
      case PASSED -> testCase.flaky() ? FLAKY : PASSED;
      case SKIPPED -> SKIPPED;
      case FAILED -> FAILED;
      case ERROR ->
          testCase.problem() != null && testCase.problem().lost() ? Status.LOST : Status.ERROR;
    };
  }

  /**
   * The status a class is shown with: the worst of its tests (lost, then failed or error, then
   * flaky), skipped only when every test was skipped, passed when it has none.
   */
  static Status of(TestSuiteResult suite) {
    Status worst = null;
    for (TestCaseResult testCase : suite.testCases()) {
      Status status = of(testCase);
      if (worst == null || status.rank() > worst.rank()) {
        worst = status;
      }
    }
    return worst == null ? PASSED : worst;
  }

  /** Ordering for the worst of several: skipped < passed < flaky < error < failed < lost. */
  private int rank() {
    return switch (this) {
      case SKIPPED -> 0;
      case PASSED -> 1;
      case FLAKY -> 2;
      case ERROR -> 3;
      case FAILED -> 4;
      case LOST -> 5;
    };
  }
}
