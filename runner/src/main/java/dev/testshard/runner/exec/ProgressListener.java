package dev.testshard.runner.exec;

import dev.testshard.runner.plan.Shard;

/**
 * Hears about a run's progress. Methods are called from shard threads, possibly concurrently;
 * implementations synchronize themselves. Every method has an empty default.
 */
public interface ProgressListener {

  default void shardStarted(Shard shard) {}

  /** A test ended; {@code failed} for failures and errors. */
  default void testFinished(
      Shard shard, String className, String name, boolean failed, String message) {}

  default void shardFinished(ShardResult result) {}

  /** A line worth showing, such as the tail of a failed shard's service log. */
  default void note(String line) {}
}
