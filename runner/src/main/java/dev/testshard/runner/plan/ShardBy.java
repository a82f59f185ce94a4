package dev.testshard.runner.plan;

/** How classes are grouped into shards. */
public enum ShardBy {
  /** One shard per Java package that holds tests (per module, if there are several). */
  PACKAGE,
  /** One shard per top-level test class. */
  CLASS,
  /** One shard per Maven module ("app shard"). */
  MODULE,
  /** N shards balanced by expected time ({@code --shards N}). */
  TIME
}
