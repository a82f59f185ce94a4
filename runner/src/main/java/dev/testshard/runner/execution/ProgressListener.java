package dev.testshard.runner.execution;

import dev.testshard.report.Outcome;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.results.ShardResult;

/**
 * Hears about a run's progress. Methods are called from shard threads, possibly concurrently;
 * implementations synchronize themselves. Every method has an empty default.
 */
public interface ProgressListener {

  default void shardStarted(Shard shard) {}

  /** The shard's container is running; {@code containerId} is the engine's id for it. */
  default void containerStarted(Shard shard, String containerId) {}

  /** A top-level class started in the shard's JVM. */
  default void classStarted(Shard shard, String className) {}

  /**
   * A test ended.
   *
   * @param outcome {@link Outcome#FAILED} for a failed assertion, {@link Outcome#ERROR} for
   *     anything else that went wrong
   * @param message why it failed, or null
   */
  default void testFinished(
      Shard shard, String className, String name, Outcome outcome, String message) {}

  /**
   * A top-level class ended.
   *
   * @param seconds the class's wall time, set-up and tear-down included
   * @param status JUnit's {@code SUCCESSFUL}, {@code FAILED}, {@code ABORTED} or {@code SKIPPED}
   */
  default void classFinished(Shard shard, String className, double seconds, String status) {}

  default void shardFinished(ShardResult result) {}

  /** A line worth showing, such as the tail of a failed shard's service log. */
  default void note(String line) {}
}
