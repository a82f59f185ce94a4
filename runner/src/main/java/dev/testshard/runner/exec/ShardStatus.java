package dev.testshard.runner.exec;

/** How a shard ended as a whole. */
public enum ShardStatus {
  /** Every planned test reported and none failed. */
  PASSED,
  /** Every planned test reported; some failed. */
  FAILED,
  /** The container or agent died, or its results could not be read: some work never reported. */
  LOST
}
