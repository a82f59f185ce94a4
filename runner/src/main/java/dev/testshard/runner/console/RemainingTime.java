package dev.testshard.runner.console;

import java.util.List;
import java.util.PriorityQueue;

/** Estimates how long a run has left. Pure. */
public final class RemainingTime {

  private RemainingTime() {}

  /**
   * From the timing history: the running shards keep their slots for what is left of their
   * predicted time (nothing when they have overrun it), and each pending shard, in start order,
   * takes the slot that frees first, as the executor does.
   *
   * @param runningLeft seconds each running shard has left by its prediction
   * @param pending predicted seconds of the shards not started yet, in the order they will start
   * @param parallel containers at once, at least 1
   * @return seconds until the last shard ends
   */
  public static double byPrediction(List<Double> runningLeft, List<Double> pending, int parallel) {
    PriorityQueue<Double> slots = new PriorityQueue<>();
    for (double left : runningLeft) {
      slots.add(Math.max(0, left));
    }
    while (slots.size() < Math.max(1, parallel)) {
      slots.add(0.0);
    }
    double end = 0;
    for (double seconds : pending) {
      double free = slots.remove();
      slots.add(free + Math.max(0, seconds));
    }
    for (double slot : slots) {
      end = Math.max(end, slot);
    }
    return end;
  }

  /**
   * From the share of the work done (known tests that reported, or, in dynamic mode, classes done):
   * the rest takes as long, per unit, as the units so far. Null before the first unit, and from the
   * moment more reported than were known (parameterized tests), when the share says nothing.
   */
  public static Double byFraction(double elapsedSeconds, int finishedTests, int plannedTests) {
    if (finishedTests <= 0 || plannedTests <= 0 || finishedTests >= plannedTests) {
      return null;
    }
    double fraction = (double) finishedTests / plannedTests;
    return elapsedSeconds * (1 - fraction) / fraction;
  }
}
