package dev.testshard.runner.results;

import dev.testshard.report.RunTimings;
import dev.testshard.report.TestSuiteResult;
import dev.testshard.report.Totals;
import dev.testshard.runner.plan.Shard;
import java.util.List;
import java.util.Map;

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
 * @param failedTestIds JUnit Platform unique ids of the tests that failed, keyed by {@link
 *     #key(String, String)}, for re-running exactly those tests
 * @param timing where the container's time went, or null when not measured
 */
public record ShardResult(
    Shard shard,
    List<TestSuiteResult> suites,
    ShardStatus status,
    String lostReason,
    ContainerExit exit,
    double durationSeconds,
    List<String> warnings,
    Map<String, String> failedTestIds,
    RunTimings.ShardTiming timing) {

  public ShardResult {
    suites = List.copyOf(suites);
    warnings = List.copyOf(warnings);
    failedTestIds = failedTestIds == null ? Map.of() : Map.copyOf(failedTestIds);
  }

  public ShardResult(
      Shard shard,
      List<TestSuiteResult> suites,
      ShardStatus status,
      String lostReason,
      ContainerExit exit,
      double durationSeconds,
      List<String> warnings) {
    this(shard, suites, status, lostReason, exit, durationSeconds, warnings, Map.of(), null);
  }

  /** This result with its container timing. */
  public ShardResult withTiming(RunTimings.ShardTiming shardTiming) {
    return new ShardResult(
        shard,
        suites,
        status,
        lostReason,
        exit,
        durationSeconds,
        warnings,
        failedTestIds,
        shardTiming);
  }

  /** The key of a test in {@link #failedTestIds()}. */
  public static String key(String className, String name) {
    return className + "\n" + name;
  }

  public Totals totals() {
    Totals totals = Totals.ZERO;
    for (TestSuiteResult suite : suites) {
      totals = totals.plus(suite);
    }
    return totals;
  }
}
