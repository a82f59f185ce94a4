package dev.testshard.runner.plan;

import java.util.List;

/**
 * Whether a run uses dynamic workers or a fixed plan, and why. Without a timing history a fixed
 * plan can only guess which shard is long, so dynamic mode is the default then; a history, or an
 * explicit {@code --shard-by} or {@code --shards}, gives a fixed plan.
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
      Boolean dynamicFlag,
      boolean shardByGiven,
      boolean shardsGiven,
      TimingHistory history,
      List<DiscoveredClass> classes) {
    if (dynamicFlag != null) {
      return new RunMode(dynamicFlag, dynamicFlag ? "--dynamic" : "--no-dynamic");
    }
    if (shardsGiven) {
      return new RunMode(false, "--shards given");
    }
    if (shardByGiven) {
      return new RunMode(false, "--shard-by given");
    }
    long known = classes.stream().filter(c -> history.secondsOf(c.className()) != null).count();
    if (known == 0) {
      return new RunMode(
          true,
          (history.isEmpty() ? "no timing history yet" : "the timing history knows none of them")
              + "; --no-dynamic for a fixed plan");
    }
    return new RunMode(
        false,
        "the timing history knows "
            + known
            + " of "
            + classes.size()
            + " classes; --dynamic for"
            + " workers");
  }
}
