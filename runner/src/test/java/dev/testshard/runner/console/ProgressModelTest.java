package dev.testshard.runner.console;

import static dev.testshard.runner.console.Shards.shard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.testshard.report.Outcome;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.Shard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressModelTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void countsShardsAndTestsAndEstimatesFromPredictionsWhenEveryShardHasOne() {
    Shard a = shard("a", 2, 10);
    Shard b = shard("b", 2, 40);
    ProgressModel model = new ProgressModel(List.of(b, a), 1, 4);
    model.shardStarted(b, 5 * SECOND);
    model.testFinished("b", Outcome.PASSED);
    model.testFinished("b", Outcome.FAILED);

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
    model.testFinished("a", Outcome.PASSED);

    assertThat(model.snapshot(6 * SECOND).remainingSeconds()).isEqualTo(18.0);
    model.shardFinished("a");
    model.shardStarted(b, 7 * SECOND);
    assertThat(model.snapshot(8 * SECOND).done()).isEqualTo(1);
  }

  @Test
  void countsFailuresAndErrorsApart() {
    Shard a = shard("a", 3, 0);
    ProgressModel model = new ProgressModel(List.of(a), 1, 3);
    model.shardStarted(a, 0);
    model.testFinished("a", Outcome.FAILED);
    model.testFinished("a", Outcome.ERROR);
    model.testFinished("a", Outcome.SKIPPED);

    Progress progress = model.snapshot(SECOND);
    assertThat(progress.failedTests()).isEqualTo(1);
    assertThat(progress.erroredTests()).isEqualTo(1);
  }

  @Test
  void dynamicWithoutHistoryGoesByTheShareOfClassesDoneAndNotBelowTheLongestRunningClass() {
    // Ten classes of 2 tests done in 1 s each, on one worker; a class of 40 tests runs on the
    // other.
    Shard one = new Shard("worker-1", ".", List.of());
    Shard two = new Shard("worker-2", ".", List.of());
    List<DiscoveredClass> classes = new ArrayList<>(shard("slow", 40, 0).classes());
    for (int i = 0; i < 10; i++) {
      classes.add(shard("fast-" + i, 2, 0).classes().get(0));
    }
    ProgressModel model = new ProgressModel(List.of(), 2, 0);
    model.classesKnown(classes, c -> 1.0, false);
    model.shardStarted(one, 0);
    model.shardStarted(two, 0);
    model.classStarted(".", classes.get(0).className(), 0);
    assertThat(model.snapshot(SECOND).remainingSeconds()).isNull();
    for (int i = 1; i <= 10; i++) {
      model.classStarted(".", classes.get(i).className(), (i - 1) * SECOND);
      model.classFinished(".", classes.get(i).className(), 1);
    }

    // The share of classes says 1 s (10 of 11 done in 10 s); the slow class is expected to take
    // its 40 tests at 0.5 s a test, as the others did: 20 s, 10 of them left.
    assertThat(model.snapshot(10 * SECOND).remainingSeconds()).isEqualTo(10.0);
    assertThat(model.snapshot(10 * SECOND).plannedTests()).isEqualTo(60);
    // Overrun: the share of classes (1.9 s) is what is left to say, never nothing.
    assertThat(model.snapshot(19 * SECOND).remainingSeconds()).isCloseTo(1.9, within(1e-9));
    model.classFinished(".", classes.get(0).className(), 30);
    assertThat(model.snapshot(30 * SECOND).remainingSeconds()).isZero();
  }

  @Test
  void dynamicWithHistorySharesTheClassesNotStartedOverTheWorkersLongestFirst() {
    Shard one = new Shard("worker-1", ".", List.of());
    List<DiscoveredClass> classes = new ArrayList<>();
    for (String id : List.of("a", "b", "c")) {
      classes.add(shard(id, 1, 0).classes().get(0));
    }
    Map<String, Double> history =
        Map.of(
            classes.get(0).className(), 10.0,
            classes.get(1).className(), 6.0,
            classes.get(2).className(), 2.0);
    ProgressModel model = new ProgressModel(List.of(), 2, 0);
    model.classesKnown(classes, c -> history.get(c.className()), true);
    model.shardStarted(one, 0);
    model.classStarted(".", classes.get(0).className(), 0);

    // a has 8 s left; b (6 s) goes to the idle worker, then c (2 s) after it: 8 s.
    assertThat(model.snapshot(2 * SECOND).remainingSeconds()).isEqualTo(8.0);
    // a overran: c and b still to run, b then c on the two workers: 6 s.
    assertThat(model.snapshot(12 * SECOND).remainingSeconds()).isEqualTo(6.0);
  }

  @Test
  void aClassThatStartedBeforeDiscoveryEndedCountsAsRunning() {
    // A worker starts with the history's longest class while discovery still runs.
    Shard one = new Shard("worker-1", ".", List.of());
    DiscoveredClass slow = shard("slow", 6, 0).classes().get(0);
    DiscoveredClass fast = shard("fast", 2, 0).classes().get(0);
    ProgressModel model = new ProgressModel(List.of(), 2, 0);
    model.shardStarted(one, 0);
    model.classStarted(".", slow.className(), 0);
    model.classesKnown(List.of(slow, fast), c -> c == slow ? 30.0 : 2.0, true);

    // slow has 20 s left; fast takes 2 s on the other worker.
    assertThat(model.snapshot(10 * SECOND).remainingSeconds()).isEqualTo(20.0);
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
