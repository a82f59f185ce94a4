package dev.testshard.runner.plan;

import java.util.List;

/**
 * The shards of one run, largest first.
 *
 * @param lowerBoundSeconds for a balanced plan, no plan of this many shards can finish sooner:
 *     max(total expected time / shards, longest unsplittable group); 0 when not predicted
 */
public record ShardPlan(ShardBy shardBy, List<Shard> shards, double lowerBoundSeconds) {

  public ShardPlan {
    shards = List.copyOf(shards);
  }

  public ShardPlan(ShardBy shardBy, List<Shard> shards) {
    this(shardBy, shards, 0);
  }

  public int classCount() {
    return shards.stream().mapToInt(shard -> shard.classes().size()).sum();
  }

  public int plannedTests() {
    return shards.stream().mapToInt(Shard::plannedTests).sum();
  }

  public boolean isEmpty() {
    return shards.isEmpty();
  }
}
