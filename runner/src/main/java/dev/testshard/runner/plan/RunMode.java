package dev.testshard.runner.plan;

/**
 * Whether a run uses dynamic workers or a fixed plan, and why. Dynamic workers are the default:
 * without a timing history a fixed plan can only guess which shard is long, and with one the
 * workers take the classes longest first by it, which is the balanced plan made as the run goes
 * (and mended when a class takes longer than last time). An explicit {@code --shard-by} or {@code
 * --shards} (on the command line or in {@code testshard.yaml}), or {@code --no-dynamic}, gives a
 * fixed plan.
 *
 * @param dynamic true for dynamic workers, false for a fixed plan
 * @param reason why, for the line the run prints
 */
public record RunMode(boolean dynamic, String reason) {

  /**
   * @param dynamicFlag {@code --dynamic} (true), {@code --no-dynamic} (false), or null when neither
   * @param shardByGiven whether {@code --shard-by} was given
   * @param shardsGiven whether {@code --shards} was given
   */
  public static RunMode choose(
      Boolean dynamicFlag, boolean shardByGiven, boolean shardsGiven, TimingHistory history) {
    if (dynamicFlag != null) {
      return new RunMode(dynamicFlag, dynamicFlag ? "--dynamic" : "--no-dynamic");
    }
    if (shardsGiven) {
      return new RunMode(false, "--shards given");
    }
    if (shardByGiven) {
      return new RunMode(false, "--shard-by given");
    }
    return new RunMode(
        true,
        (history.isEmpty()
                ? "no timing history yet"
                : "times of "
                    + history.size()
                    + (history.size() == 1 ? " class" : " classes")
                    + " from "
                    + (history.origin() == null ? "the timing history" : history.origin()))
            + "; --no-dynamic for a fixed plan");
  }
}
