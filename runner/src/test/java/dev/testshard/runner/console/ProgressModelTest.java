package dev.testshard.runner.console;

import static dev.testshard.runner.console.Shards.shard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.plan.Shard;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressModelTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void countsShardsAndTestsAndEstimatesFromPredictionsWhenEveryShardHasOne() {
    Shard a = shard("a", 2, 10);
    Shard b = shard("b", 2, 40);
    ProgressModel model = new ProgressModel(List.of(b, a), 1, 4);
    model.shardStarted(b, 5 * SECOND);
    model.testFinished("b", false);
    model.testFinished("b", true);

    Progress progress = model.snapshot(15 * SECOND);

    assertThat(progress.shards()).isEqualTo(2);
    assertThat(progress.running()).isEqualTo(1);
    assertThat(progress.finishedTests()).isEqualTo(2);
    assertThat(progress.failedTests()).isEqualTo(1);
    assertThat(progress.elapsedSeconds()).isEqualTo(10.0);
    assertThat(progress.remainingSeconds()).isEqualTo(40.0); // 30 s of b, then 10 s of a
    assertThat(progress.runningShards()).containsExactly(new Progress.RunningShard("b", 10, 40, 2));
  }

  @Test
  void withoutPredictionsEstimatesFromTheShareOfTestsThatReported() {
    Shard a = shard("a", 3, 0);
    Shard b = shard("b", 1, 0);
    ProgressModel model = new ProgressModel(List.of(a, b), 2, 4);
    model.shardStarted(a, 0);
    model.testFinished("a", false);

    assertThat(model.snapshot(6 * SECOND).remainingSeconds()).isEqualTo(18.0);
    model.shardFinished("a");
    model.shardStarted(b, 7 * SECOND);
    assertThat(model.snapshot(8 * SECOND).done()).isEqualTo(1);
  }

  @Test
  void aRetriedShardRunsAgainAndCountsAsDoneOnce() {
    Shard a = shard("a", 1, 0);
    ProgressModel model = new ProgressModel(List.of(a), 1, 1);
    model.shardStarted(a, 0);
    model.shardFinished("a");
    model.shardStarted(a, SECOND);

    Progress retrying = model.snapshot(2 * SECOND);
    assertThat(retrying.running()).isEqualTo(1);
    assertThat(retrying.done()).isZero();
    model.shardFinished("a");
    assertThat(model.snapshot(3 * SECOND).done()).isEqualTo(1);
    assertThat(model.snapshot(3 * SECOND).shards()).isEqualTo(1);
  }
}
