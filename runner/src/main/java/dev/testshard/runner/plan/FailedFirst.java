package dev.testshard.runner.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * {@code --failed-first}: the classes that had failed tests in the last run start before the
 * others. Both dynamic queues and fixed plans start work longest expected first, so the classes to
 * start first are expected longer than the longest of the others: in front of every queue, and
 * their shards in front of the plan. Among themselves they keep their order by expected time.
 */
public final class FailedFirst {

  private FailedFirst() {}

  /**
   * The expected times with the classes named in {@code first} moved in front; {@code expected}
   * itself when {@code first} is empty.
   */
  public static ToDoubleFunction<DiscoveredClass> expected(
      List<DiscoveredClass> classes,
      ToDoubleFunction<DiscoveredClass> expected,
      Set<String> first) {
    if (first.isEmpty()) {
      return expected;
    }
    double longest = classes.stream().mapToDouble(expected).max().orElse(0);
    return c ->
        first.contains(c.className())
            ? longest + 1 + expected.applyAsDouble(c)
            : expected.applyAsDouble(c);
  }

  /**
   * The plan with the shards that hold a class named in {@code first} in front, otherwise as is.
   */
  public static ShardPlan plan(ShardPlan plan, Set<String> first) {
    if (first.isEmpty()) {
      return plan;
    }
    List<Shard> ordered = new ArrayList<>();
    List<Shard> rest = new ArrayList<>();
    for (Shard shard : plan.shards()) {
      boolean hasFailed = shard.classNames().stream().anyMatch(first::contains);
      (hasFailed ? ordered : rest).add(shard);
    }
    ordered.addAll(rest);
    return new ShardPlan(plan.shardBy(), ordered, plan.lowerBoundSeconds());
  }
}
