package dev.testshard.runner.execution;

import static dev.testshard.runner.execution.ExecutorHarness.await;
import static dev.testshard.runner.execution.ExecutorHarness.inBackground;
import static dev.testshard.runner.execution.ExecutorHarness.message;
import static dev.testshard.runner.execution.ExecutorHarness.outcomes;
import static dev.testshard.runner.execution.ExecutorHarness.tasks;
import static dev.testshard.runner.execution.FakeShardRuntime.Behaviour.BACKEND_GONE;
import static dev.testshard.runner.execution.FakeShardRuntime.Behaviour.DIE;
import static dev.testshard.runner.execution.FakeShardRuntime.Behaviour.FAIL;
import static dev.testshard.runner.execution.FakeShardRuntime.Behaviour.HANG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.results.ShardResult;
import dev.testshard.runner.results.ShardStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scheduling, deadlines, lost work, fail-fast and services' order, through a fake runtime. */
class ShardExecutorTest {

  @TempDir Path reportDir;

  @Test
  void aFixedPlanNeverRunsMoreUnitsAtOnceThanTheParallelLimit() {
    ExecutorHarness harness = new ExecutorHarness(reportDir).parallel(2);
    harness.runtime.unitsTake(40);

    List<ShardResult> results;
    try (ShardExecutor executor = harness.executor()) {
      results =
          executor.execute(
              tasks(
                  List.of(
                      List.of("A"),
                      List.of("B"),
                      List.of("C"),
                      List.of("D"),
                      List.of("E"),
                      List.of("F"))));
    }

    assertThat(harness.runtime.mostUnitsAtOnce()).isEqualTo(2);
    assertThat(results)
        .extracting(r -> r.shard().id())
        .as("in plan order")
        .containsExactly("a", "b", "c", "d", "e", "f");
    assertThat(results).extracting(ShardResult::status).containsOnly(ShardStatus.PASSED);
  }

  @Test
  void theNextUnitStartsWhileAUnitPastItsFinalEventWindsDown() {
    ExecutorHarness harness = new ExecutorHarness(reportDir).parallel(1);
    harness.runtime.unitsLingerAfterTheirFinalEvent(500);

    List<ShardResult> results;
    try (ShardExecutor executor = harness.executor()) {
      results = executor.execute(tasks(List.of(List.of("A"), List.of("B"))));
    }

    assertThat(harness.runtime.mostUnitsAtOnce()).isEqualTo(1);
    List<String> calls = harness.runtime.calls();
    assertThat(calls.indexOf("run b attempt-1"))
        .as("b runs before a has wound down")
        .isLessThan(calls.indexOf("ended a"));
    assertThat(results).extracting(r -> r.shard().id()).containsExactly("a", "b");
    assertThat(results).extracting(ShardResult::status).containsOnly(ShardStatus.PASSED);
  }

  @Test
  void aUnitThatDiesMidClassLosesOnlyWhatItNeverReportedAndNothingSilently() {
    ExecutorHarness harness = new ExecutorHarness(reportDir);
    harness.runtime.script("Y", DIE);

    List<ShardResult> results;
    try (ShardExecutor executor = harness.executor()) {
      results = executor.execute(tasks(List.of(List.of("X", "Y", "Z"))));
    }

    ShardResult result = results.get(0);
    assertThat(result.status()).isEqualTo(ShardStatus.LOST);
    assertThat(result.lostReason()).contains("exit code 137");
    assertThat(outcomes(results))
        .containsExactly(
            "X.one PASSED",
            "X.two PASSED",
            "Y.one PASSED",
            "Y.two ERROR",
            "Z.one ERROR",
            "Z.two ERROR");
    assertThat(message(result, "Z", "two")).startsWith("not run: ");
    assertThat(harness.runtime.calls()).doesNotContain("class a Z PASS");
  }

  @Test
  void aShardThatStopsReportingIsStoppedAtItsShardTimeoutAndItsUnfinishedTestsBecomeErrors()
      throws Exception {
    ExecutorHarness harness = new ExecutorHarness(reportDir).shardTimeout(Duration.ofMinutes(5));
    harness.runtime.script("X", HANG);

    try (ShardExecutor executor = harness.executor()) {
      CompletableFuture<List<ShardResult>> running =
          inBackground(() -> executor.execute(tasks(List.of(List.of("X", "Y")))));
      harness.runtime.awaitHanging();
      harness.clock.advance(Duration.ofMinutes(4));
      assertThat(harness.runtime.callsOf("a")).as("before the timeout").doesNotContain("kill");
      harness.clock.advance(Duration.ofMinutes(1));
      List<ShardResult> results = await(running);

      assertThat(harness.runtime.callsOf("a")).contains("kill");
      ShardResult result = results.get(0);
      assertThat(result.status()).isEqualTo(ShardStatus.LOST);
      assertThat(result.lostReason()).contains("the shard timeout of").contains("expired");
      assertThat(outcomes(results))
          .containsExactly("X.one PASSED", "X.two ERROR", "Y.one ERROR", "Y.two ERROR");
      assertThat(message(result, "X", "two")).contains("shard timeout");
    }
  }

  @Test
  void withoutATimeoutAShardWithNoProgressIsWarnedAtHalfItsStallLimitAndStoppedAtIt()
      throws Exception {
    ExecutorHarness harness = new ExecutorHarness(reportDir).stallLimit(Duration.ofMinutes(10));
    harness.runtime.script("X", HANG);

    try (ShardExecutor executor = harness.executor()) {
      CompletableFuture<List<ShardResult>> running =
          inBackground(() -> executor.execute(tasks(List.of(List.of("X")))));
      harness.runtime.awaitHanging();
      harness.clock.advance(Duration.ofMinutes(6));
      assertThat(harness.notes).anyMatch(note -> note.contains("a has made no progress for"));
      assertThat(harness.runtime.callsOf("a")).doesNotContain("kill");
      harness.clock.advance(Duration.ofMinutes(5));
      List<ShardResult> results = await(running);

      assertThat(results.get(0).status()).isEqualTo(ShardStatus.LOST);
      assertThat(results.get(0).lostReason()).contains("no test ended for");
      assertThat(outcomes(results)).containsExactly("X.one PASSED", "X.two ERROR");
    }
  }

  @Test
  void theRunTimeoutStopsTheRunningUnitAndStartsNoMore() throws Exception {
    ExecutorHarness harness =
        new ExecutorHarness(reportDir).parallel(1).runTimeout(Duration.ofMinutes(10));
    harness.runtime.script("X", HANG);

    try (ShardExecutor executor = harness.executor()) {
      CompletableFuture<List<ShardResult>> running =
          inBackground(() -> executor.execute(tasks(List.of(List.of("X"), List.of("Y")))));
      harness.runtime.awaitHanging();
      harness.clock.advance(Duration.ofMinutes(10));
      List<ShardResult> results = await(running);

      assertThat(results).extracting(ShardResult::status).containsOnly(ShardStatus.LOST);
      assertThat(results.get(0).lostReason()).contains("the run timeout of");
      assertThat(results.get(1).lostReason()).startsWith("not started: the run timeout of");
      assertThat(harness.runtime.callsOf("b")).isEmpty();
      assertThat(outcomes(results))
          .containsExactly("X.one PASSED", "X.two ERROR", "Y.one ERROR", "Y.two ERROR");
    }
  }

  @Test
  void afterTheFailFastLimitNoNewShardStartsAndItsTestsAreSkipped() {
    ExecutorHarness harness = new ExecutorHarness(reportDir).parallel(1).failFast(1);
    harness.runtime.script("X", FAIL);

    List<ShardResult> results;
    try (ShardExecutor executor = harness.executor()) {
      results = executor.execute(tasks(List.of(List.of("X"), List.of("Y"), List.of("Z"))));
    }

    assertThat(harness.runtime.calls()).filteredOn(c -> c.startsWith("run ")).hasSize(1);
    assertThat(outcomes(results))
        .containsExactly(
            "X.one FAILED",
            "X.two PASSED",
            "Y.one SKIPPED",
            "Y.two SKIPPED",
            "Z.one SKIPPED",
            "Z.two SKIPPED");
  }

  @Test
  void servicesStartBeforeTheShardAndAreRemovedAfterItEvenWhenItIsLost() {
    ExecutorHarness harness = new ExecutorHarness(reportDir).parallel(1);
    harness.runtime.withServices().script("Y", DIE);

    try (ShardExecutor executor = harness.executor()) {
      executor.execute(tasks(List.of(List.of("X"), List.of("Y"))));
    }

    assertThat(harness.runtime.callsOf("a"))
        .containsExactly(
            "prepare",
            "services-up",
            "run attempt-1",
            "class X PASS",
            "release PASSED",
            "services-down");
    assertThat(harness.runtime.callsOf("b"))
        .containsExactly(
            "prepare",
            "services-up",
            "run attempt-1",
            "class Y DIE",
            "release LOST",
            "services-down");
  }

  @Test
  void aShardWhoseServicesNeverGetReadyIsNotRunAndEachOfItsTestsIsAnError() {
    ExecutorHarness harness = new ExecutorHarness(reportDir).parallel(1);
    harness.runtime.servicesFail("a", "service db never became ready");

    List<ShardResult> results;
    try (ShardExecutor executor = harness.executor()) {
      results = executor.execute(tasks(List.of(List.of("X"), List.of("Y"))));
    }

    assertThat(harness.runtime.callsOf("a")).containsExactly("prepare", "release LOST");
    assertThat(results.get(0).lostReason()).isEqualTo("service db never became ready");
    assertThat(outcomes(results))
        .containsExactly("X.one ERROR", "X.two ERROR", "Y.one PASSED", "Y.two PASSED");
    assertThat(reportDir.resolve("shards/a/output.log"))
        .content()
        .isEqualTo("testshard: not run: service db never became ready\n");
  }

  @Test
  void whenTheBackendStopsAnsweringTheShardNamesTheCauseAndNoMoreShardsStart() {
    ExecutorHarness harness = new ExecutorHarness(reportDir).parallel(1);
    harness.runtime.script("X", BACKEND_GONE);

    List<ShardResult> results;
    String engineLost;
    try (ShardExecutor executor = harness.executor()) {
      results = executor.execute(tasks(List.of(List.of("X"), List.of("Y"))));
      engineLost = executor.engineLost();
    }

    assertThat(engineLost).isEqualTo(FakeShardRuntime.BACKEND_LOST);
    assertThat(results.get(0).lostReason())
        .isEqualTo(
            FakeShardRuntime.BACKEND_LOST
                + " (could not follow the unit: premature end of stream)");
    assertThat(results.get(1).lostReason())
        .isEqualTo("not started: " + FakeShardRuntime.BACKEND_LOST);
    assertThat(harness.runtime.callsOf("b")).isEmpty();
    assertThat(outcomes(results))
        .containsExactly("X.one PASSED", "X.two ERROR", "Y.one ERROR", "Y.two ERROR");
  }
}
