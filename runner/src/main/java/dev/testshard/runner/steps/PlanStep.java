package dev.testshard.runner.steps;

import dev.testshard.runner.plan.BinPacker;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.FailedFirst;
import dev.testshard.runner.plan.RunMode;
import dev.testshard.runner.plan.ShardPlan;
import dev.testshard.runner.plan.ShardPlanner;
import dev.testshard.runner.plan.TimingHistory;
import dev.testshard.runner.snapshot.Snapshot;
import java.util.List;
import java.util.Locale;

/**
 * The plan: dynamic workers (the default) or a fixed plan ({@code --shard-by}, {@code --shards},
 * {@code --no-dynamic}), said in one line with the reason.
 */
public final class PlanStep {

  private final Run run;

  public PlanStep(Run run) {
    this.run = run;
  }

  /**
   * Decides the kind of work for {@code mode}, discovering first unless dynamic workers can start
   * beside discovery: one module, no {@code --failed-first} (which needs the classes known first,
   * to put the failed ones in front), and a discovery that has work to do (from the cache it takes
   * no time, and the classes it gives say how many workers can have one). Several modules share the
   * workers out by their classes' times, so they wait for discovery.
   */
  public Planned choose(
      Snapshot snapshot, TimingHistory history, RunMode mode, DiscoverStep discovery) {
    RunOptions options = run.options();
    if (mode.dynamic()
        && snapshot.modules().size() == 1
        && options.startFirst().isEmpty()
        && !discovery.isCached(snapshot)) {
      int workers = WorkersFirst.count(snapshot, options.parallel(), options.include());
      run.say(
          "dynamic: %d %s the classes longest expected first (%s)",
          workers,
          workers == 1
              ? "worker starts while discovery runs, then pulls"
              : "workers start while discovery runs, then pull",
          mode.reason());
      return new Planned.DiscoveryAlongside(workers);
    }
    List<DiscoveredClass> classes = discovery.discover(snapshot);
    if (mode.dynamic()) {
      int workers = Math.min(options.parallel(), classes.size());
      run.say(
          "dynamic: %s pull %d %s, longest expected first (%s)",
          workers == 1 ? "1 worker" : workers + " workers",
          classes.size(),
          classes.size() == 1 ? "class" : "classes",
          mode.reason());
      return new Planned.Dynamic(classes);
    }
    ShardPlan plan = plan(classes, history);
    run.say(
        "%d shards by %s, %d at a time (%s)",
        plan.shards().size(),
        plan.shardBy().name().toLowerCase(Locale.ROOT),
        Math.min(options.parallel(), plan.shards().size()),
        mode.reason());
    return new Planned.Fixed(classes, plan);
  }

  /** The fixed plan: balanced bins with {@code --shards}, else by {@code --shard-by}. */
  public ShardPlan plan(List<DiscoveredClass> classes, TimingHistory history) {
    RunOptions options = run.options();
    ShardPlan plan;
    if (options.shards() > 0) {
      plan =
          BinPacker.pack(
              classes, options.shards(), options.keepTogether(), history.estimator(classes));
      long known = classes.stream().filter(c -> history.secondsOf(c) != null).count();
      run.say(
          "balanced %d shards with times of %d of %d classes from %s; lower bound %.1f s",
          plan.shards().size(),
          known,
          classes.size(),
          history.isEmpty()
              ? "no history (estimates only)"
              : history.origin() != null ? history.origin() : options.timings(),
          plan.lowerBoundSeconds());
    } else {
      // Known times order the shards longest first; without history, planned test counts do.
      plan =
          ShardPlanner.plan(
              classes, options.shardBy(), history.isEmpty() ? null : history.estimator(classes));
    }
    return FailedFirst.plan(plan, options.startFirst());
  }
}
