package dev.testshard.runner.results;

import dev.testshard.report.Outcome;
import dev.testshard.report.Problem;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.Shard;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Work that was deliberately never started ({@code --fail-fast}): each planned test of the shard's
 * classes is reported as skipped with the reason, so the report still lists it; a class whose tests
 * are only known when it runs (parameterized, dynamic) stands as one skipped entry, named as
 * Surefire names a class-level entry. Not lost work: the shard's status is {@code PASSED}, and the
 * run's exit code comes from the failures that stopped it.
 */
public final class SkippedWork {

  private SkippedWork() {}

  public static ShardResult of(
      Shard shard, int shardCount, Function<String, String> sourceFile, String reason) {
    Problem problem = new Problem(reason, null, null);
    List<TestSuiteResult> suites = new ArrayList<>();
    for (DiscoveredClass planned : shard.classes()) {
      List<TestCaseResult> cases = new ArrayList<>();
      UnreportedTests.addStandIns(planned, new HashSet<>(), false, cases, Outcome.SKIPPED, problem);
      Map<String, String> properties = new LinkedHashMap<>();
      properties.put("testshard.shard", shard.id());
      properties.put("testshard.shards", Integer.toString(shardCount));
      suites.add(
          new TestSuiteResult(
              planned.className(),
              shard.id(),
              null,
              0,
              sourceFile.apply(planned.className()),
              properties,
              cases));
    }
    return new ShardResult(
        shard, suites, ShardStatus.PASSED, null, ContainerExit.exited(0, false), 0, List.of());
  }
}
