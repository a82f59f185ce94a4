package dev.testshard.runner.console;

import dev.testshard.report.Outcome;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.Shard;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The state behind the progress display, fed with a run's events and asked for a {@link Progress}
 * at any moment. Times are {@link System#nanoTime()}-style readings passed in by the caller. Not
 * thread-safe: the caller serializes access.
 */
public final class ProgressModel {

  private final int parallel;
  private int plannedTests;
  private final Map<String, Double> pending = new LinkedHashMap<>();
  private final boolean predicted;
  private final Map<String, Started> running = new LinkedHashMap<>();
  private final Set<String> done = new HashSet<>();
  private final int plannedShards;
  private Long firstStartNanos;
  private int finishedTests;
  private int failedTests;
  private int erroredTests;
  private final ClassProgress classes = new ClassProgress();

  private static final class Started {
    final Shard shard;
    final long nanos;
    int finishedTests;

    Started(Shard shard, long nanos) {
      this.shard = shard;
      this.nanos = nanos;
    }
  }

  /**
   * @param planned the shards in the order they will start; for dynamic mode, the workers
   * @param parallel containers at once
   * @param plannedTests tests known before execution, over all shards
   */
  public ProgressModel(List<Shard> planned, int parallel, int plannedTests) {
    this.parallel = Math.max(1, parallel);
    this.plannedShards = planned.size();
    this.plannedTests = plannedTests;
    boolean allPredicted = !planned.isEmpty();
    for (Shard shard : planned) {
      pending.put(shard.id(), shard.predictedSeconds());
      allPredicted &= shard.predictedSeconds() > 0;
    }
    this.predicted = allPredicted;
  }

  /**
   * The classes of a dynamic run, once discovered: from then on the estimate goes by classes (see
   * {@link ClassProgress#remaining}) and the planned tests are theirs.
   *
   * @param expected each class's expected seconds
   * @param fromHistory whether {@code expected} comes from a timing history that knows some of them
   */
  public void classesKnown(
      List<DiscoveredClass> known,
      ToDoubleFunction<DiscoveredClass> expected,
      boolean fromHistory) {
    Map<String, ClassProgress.Planned> planned = new LinkedHashMap<>();
    for (DiscoveredClass c : known) {
      planned.put(
          ClassProgress.key(c.module(), c.className()),
          new ClassProgress.Planned(expected.applyAsDouble(c), c.tests().size()));
    }
    this.plannedTests = DiscoveredClass.testCount(known);
    classes.plan(planned, fromHistory);
  }

  /** A top-level class started in a shard of {@code module}. */
  public void classStarted(String module, String className, long nanos) {
    classes.started(ClassProgress.key(module, className), nanos);
  }

  /** A top-level class ended; {@code seconds} its wall time. */
  public void classFinished(String module, String className, double seconds) {
    classes.finished(ClassProgress.key(module, className), seconds);
  }

  public void shardStarted(Shard shard, long nanos) {
    if (firstStartNanos == null) {
      firstStartNanos = nanos;
    }
    pending.remove(shard.id());
    done.remove(shard.id());
    running.put(shard.id(), new Started(shard, nanos));
  }

  public void testFinished(String shardId, Outcome outcome) {
    finishedTests++;
    if (outcome == Outcome.FAILED) {
      failedTests++;
    } else if (outcome == Outcome.ERROR) {
      erroredTests++;
    }
    Started started = running.get(shardId);
    if (started != null) {
      started.finishedTests++;
    }
  }

  public void shardFinished(String shardId) {
    pending.remove(shardId);
    running.remove(shardId);
    done.add(shardId);
  }

  public Progress snapshot(long nanos) {
    double elapsed = firstStartNanos == null ? 0 : seconds(nanos - firstStartNanos);
    List<Progress.RunningShard> shards = new ArrayList<>();
    List<Double> runningLeft = new ArrayList<>();
    for (Started started : running.values()) {
      double shardElapsed = seconds(nanos - started.nanos);
      double prediction = started.shard.predictedSeconds();
      shards.add(
          new Progress.RunningShard(
              started.shard.id(), shardElapsed, prediction, started.finishedTests));
      runningLeft.add(prediction - shardElapsed);
    }
    Double remaining;
    if (firstStartNanos == null) {
      remaining = null;
    } else if (classes.known()) {
      remaining = classes.remaining(nanos, elapsed, parallel);
    } else if (predicted) {
      remaining = RemainingTime.byPrediction(runningLeft, List.copyOf(pending.values()), parallel);
    } else {
      remaining = RemainingTime.byFraction(elapsed, finishedTests, plannedTests);
    }
    int total = Math.max(plannedShards, running.size() + done.size() + pending.size());
    return new Progress(
        total,
        running.size(),
        done.size(),
        finishedTests,
        failedTests,
        erroredTests,
        plannedTests,
        elapsed,
        remaining,
        shards);
  }

  private static double seconds(long nanos) {
    return Math.max(0, nanos) / 1e9;
  }
}
