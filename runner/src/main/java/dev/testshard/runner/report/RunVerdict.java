package dev.testshard.runner.report;

import dev.testshard.report.Totals;
import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.results.ShardResult;
import dev.testshard.runner.results.ShardStatus;
import java.util.List;

/**
 * The exit code of a finished run. Lost work wins over test failures: a report with holes must
 * never look like an ordinary red build, and CI must see that the infrastructure failed.
 */
public final class RunVerdict {

  private RunVerdict() {}

  public static int exitCode(List<ShardResult> results) {
    Totals totals = Totals.ZERO;
    boolean lost = false;
    for (ShardResult result : results) {
      totals = totals.plus(result.totals());
      lost |= result.status() == ShardStatus.LOST;
    }
    if (lost) {
      return ExitCodes.INFRASTRUCTURE;
    }
    if (totals.failures() + totals.errors() > 0) {
      return ExitCodes.TEST_FAILURES;
    }
    if (totals.tests() == 0) {
      return ExitCodes.NO_TESTS;
    }
    return ExitCodes.PASSED;
  }

  /** The word for summary.json's {@code outcome}. */
  public static String outcome(int exitCode) {
    return switch (exitCode) {
      case ExitCodes.PASSED -> "passed";
      case ExitCodes.TEST_FAILURES -> "failed";
      case ExitCodes.NO_TESTS -> "no-tests";
      case ExitCodes.INFRASTRUCTURE -> "infrastructure-failure";
      default -> "error";
    };
  }
}
