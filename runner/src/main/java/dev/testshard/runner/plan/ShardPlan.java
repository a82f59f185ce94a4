package dev.testshard.runner.plan;

import java.util.List;

/** The shards of one run, largest first. */
public record ShardPlan(ShardBy shardBy, List<Shard> shards) {

  public ShardPlan {
    shards = List.copyOf(shards);
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
