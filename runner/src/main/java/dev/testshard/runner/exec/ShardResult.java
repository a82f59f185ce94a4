package dev.testshard.runner.exec;

import dev.testshard.report.TestSuiteResult;
import dev.testshard.report.Totals;
import dev.testshard.runner.plan.Shard;
import java.util.List;

/**
 * Everything one shard produced.
 *
 * @param shard the planned shard
 * @param suites one suite per planned class, including error test cases for lost work
 * @param status overall status
 * @param lostReason why work was lost, or null
 * @param exit how the container ended
 * @param durationSeconds from container creation to removal
 * @param warnings agent warnings worth showing
 */
public record ShardResult(
    Shard shard,
    List<TestSuiteResult> suites,
    ShardStatus status,
    String lostReason,
    ContainerExit exit,
    double durationSeconds,
    List<String> warnings) {

  public ShardResult {
    suites = List.copyOf(suites);
    warnings = List.copyOf(warnings);
  }

  public Totals totals() {
    Totals totals = Totals.ZERO;
    for (TestSuiteResult suite : suites) {
      totals = totals.plus(suite);
    }
    return totals;
  }
}
