package dev.testshard.runner.steps;

import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.ShardPlan;
import java.util.List;

/** What the plan step decided the shards run: one of three kinds of work. */
public sealed interface Planned {

  /** A fixed plan: each shard's classes are known before it starts. */
  record Fixed(List<DiscoveredClass> classes, ShardPlan plan) implements Planned {}

  /** Dynamic workers pull the discovered classes, longest expected first. */
  record Dynamic(List<DiscoveredClass> classes) implements Planned {}

  /**
   * Dynamic workers start while discovery runs (one module): the first classes come from the timing
   * history, the rest as discovery finds them.
   */
  record DiscoveryAlongside(int workers) implements Planned {}
}
