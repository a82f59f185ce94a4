package dev.testshard.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The {@code limit} entries with the most seconds seen so far, in memory bounded by the limit
 * whatever the number offered. Ties keep the entry offered first. Not thread-safe.
 */
final class Slowest<T> {

  /** A slow class or test as the page shows it. */
  record Entry(String className, String name, String shard, double seconds, int tests) {}

  private record Ranked<T>(T value, double seconds, long order) {}

  private final int limit;
  private final PriorityQueue<Ranked<T>> smallestFirst =
      new PriorityQueue<>(
          Comparator.<Ranked<T>>comparingDouble(Ranked::seconds)
              .thenComparing(Comparator.<Ranked<T>>comparingLong(Ranked::order).reversed()));
  private long offered;

  Slowest(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    this.limit = limit;
  }

  void offer(T value, double seconds) {
    Ranked<T> ranked = new Ranked<>(value, seconds, offered++);
    if (smallestFirst.size() < limit) {
      smallestFirst.add(ranked);
    } else if (seconds > smallestFirst.peek().seconds()) {
      smallestFirst.poll();
      smallestFirst.add(ranked);
    }
  }

  /** The kept entries, slowest first. */
  List<T> slowestFirst() {
    List<Ranked<T>> ranked = new ArrayList<>(smallestFirst);
    ranked.sort(
        Comparator.<Ranked<T>>comparingDouble(Ranked::seconds)
            .reversed()
            .thenComparingLong(Ranked::order));
    List<T> values = new ArrayList<>(ranked.size());
    ranked.forEach(r -> values.add(r.value()));
    return values;
  }
}
