package dev.testshard.runner.execution;

import static dev.testshard.runner.execution.ExecutorHarness.outcomes;
import static dev.testshard.runner.execution.ExecutorHarness.tasks;
import static dev.testshard.runner.execution.FakeShardRuntime.Behaviour.DIE;
import static dev.testshard.runner.execution.FakeShardRuntime.Behaviour.FAIL;
import static dev.testshard.runner.execution.FakeShardRuntime.Behaviour.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.TestCaseResult;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.results.ShardResult;
import dev.testshard.runner.results.ShardStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --retry-lost} and {@code --rerun-failing} through a fake runtime. */
class RetriesTest {

  @TempDir Path reportDir;

  private final List<String> said = new ArrayList<>();

  @Test
  void retryLostRerunsOnlyTheClassesThatNeverReportedInAFreshUnit() {
    ExecutorHarness harness = new ExecutorHarness(reportDir);
    harness.runtime.script("Y", DIE, PASS);

    List<ShardResult> results;
    try (ShardExecutor executor = harness.executor()) {
      List<ShardResult> first = executor.execute(tasks(List.of(List.of("X", "Y", "Z"))));
      results = new Retries(executor, 1, module -> 0, said::add).apply(first);
    }

    List<String> calls = harness.runtime.callsOf("a");
    assertThat(calls.subList(calls.indexOf("run attempt-2"), calls.size()))
        .containsExactly("run attempt-2", "class Y PASS", "class Z PASS", "release PASSED");
    assertThat(outcomes(results))
        .containsExactlyInAnyOrder(
            "X.one PASSED",
            "X.two PASSED",
            "Y.one PASSED",
            "Y.two PASSED",
            "Z.one PASSED",
            "Z.two PASSED");
    assertThat(said).containsExactly("retrying lost work of 1 shard(s), attempt 2");
  }

  @Test
  void workLostAgainOnItsRetryStaysLost() {
    ExecutorHarness harness = new ExecutorHarness(reportDir);
    harness.runtime.script("Y", DIE, DIE);

    List<ShardResult> results;
    try (ShardExecutor executor = harness.executor()) {
      List<ShardResult> first = executor.execute(tasks(List.of(List.of("X", "Y"))));
      results = new Retries(executor, 1, module -> 0, said::add).apply(first);
    }

    assertThat(results.get(0).status()).isEqualTo(ShardStatus.LOST);
    assertThat(outcomes(results)).contains("Y.two ERROR");
  }

  @Test
  void rerunFailingRerunsOnlyTheFailedTestAndATestThatPassesOnItsRerunIsFlaky() {
    ExecutorHarness harness = new ExecutorHarness(reportDir);
    harness.runtime.script("X", FAIL, PASS);

    List<ShardResult> results;
    try (ShardExecutor executor = harness.executor()) {
      List<ShardResult> first = executor.execute(tasks(List.of(List.of("X", "Y"))));
      results = new Retries(executor, 0, module -> 1, said::add).apply(first);
    }

    List<String> calls = harness.runtime.callsOf("a");
    assertThat(calls.subList(calls.indexOf("run attempt-2"), calls.size()))
        .containsExactly("run attempt-2", "class X PASS", "release PASSED");
    TestCaseResult one = results.get(0).suites().get(0).testCases().get(0);
    assertThat(one.name()).isEqualTo("one");
    assertThat(one.flaky()).isTrue();
    assertThat(said).containsExactly("re-running 1 failed test(s) in 1 shard(s), attempt 2");
  }

  /**
   * Without {@code --rerun-failing}, a failed test is re-run as often as its module's Surefire
   * would ({@code rerunFailingTestsCount}), and not at all in a module that does not.
   */
  @Test
  void withoutTheOptionEachModuleRerunsItsFailedTestsAsItsSurefireWould() {
    ExecutorHarness harness = new ExecutorHarness(reportDir);
    harness.runtime.script("X", FAIL, FAIL, PASS);
    harness.runtime.script("Z", FAIL, PASS);

    List<ShardResult> results;
    try (ShardExecutor executor = harness.executor()) {
      List<ShardResult> first = executor.execute(twoModules());
      results =
          new Retries(executor, 0, Retries.reruns(null, Map.of("m", 2)), said::add).apply(first);
    }

    assertThat(outcomes(results)).contains("X.one PASSED", "Z.one FAILED");
    TestCaseResult x = results.get(0).suites().get(0).testCases().get(0);
    assertThat(x.flaky()).isTrue();
    assertThat(x.reruns()).hasSize(2);
    assertThat(said)
        .containsExactly(
            "re-running 1 failed test(s) in 1 shard(s), attempt 2",
            "re-running 1 failed test(s) in 1 shard(s), attempt 3");
  }

  @Test
  void theOptionTakesThePlaceOfEveryModulesOwnCount() {
    ExecutorHarness harness = new ExecutorHarness(reportDir);
    harness.runtime.script("X", FAIL, PASS);
    harness.runtime.script("Z", FAIL, PASS);

    List<ShardResult> results;
    try (ShardExecutor executor = harness.executor()) {
      List<ShardResult> first = executor.execute(twoModules());
      results = new Retries(executor, 0, Retries.reruns(0, Map.of("m", 2)), said::add).apply(first);
    }

    assertThat(outcomes(results)).contains("X.one FAILED", "Z.one FAILED");
    assertThat(said).isEmpty();
  }

  /** Class X in module m, class Z in module n. */
  private static List<ShardExecutor.ShardTask> twoModules() {
    return List.of(
        new ShardExecutor.ShardTask(
            new Shard("a", "m", List.of(FakeShardRuntime.classNamed("X"))), 2, 1, List.of()),
        new ShardExecutor.ShardTask(
            new Shard("b", "n", List.of(FakeShardRuntime.classNamed("Z"))), 2, 1, List.of()));
  }
}
