package dev.testshard.runner.steps;

import dev.testshard.runner.console.ProgressModel;
import dev.testshard.runner.engine.DockerShardRuntime;
import dev.testshard.runner.execution.ExecutionSettings;
import dev.testshard.runner.execution.FailFast;
import dev.testshard.runner.execution.Retries;
import dev.testshard.runner.execution.RunClock;
import dev.testshard.runner.execution.ShardExecutor;
import dev.testshard.runner.execution.StallLimit;
import dev.testshard.runner.kubernetes.ClusterConnection;
import dev.testshard.runner.kubernetes.KubernetesShardRuntime;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.FailedFirst;
import dev.testshard.runner.plan.ShardPlan;
import dev.testshard.runner.plan.TimingHistory;
import dev.testshard.runner.report.SourceFiles;
import dev.testshard.runner.results.ShardResult;
import dev.testshard.runner.services.ServiceContext;
import dev.testshard.runner.services.ServiceImages;
import dev.testshard.runner.snapshot.Snapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Execution: the planned work in containers, {@code --parallel} at once, with the services of each
 * shard, the deadlines, fail-fast, and then the retries of lost shards and failed tests. Shards
 * write their logs and raw results into the report directory as they run.
 */
public final class ExecuteStep {

  private final Run run;
  private final RunRequest request;
  private final Snapshot snapshot;
  private final TimingHistory history;
  private final DiscoverStep discovery;
  private final ClusterConnection connection;

  /**
   * @param connection the cluster made ready while Maven built ({@code --kubernetes}), or null for
   *     the local engine
   */
  public ExecuteStep(
      Run run,
      RunRequest request,
      Snapshot snapshot,
      TimingHistory history,
      DiscoverStep discovery,
      ClusterConnection connection) {
    this.run = run;
    this.request = request;
    this.snapshot = snapshot;
    this.history = history;
    this.discovery = discovery;
    this.connection = connection;
  }

  public Executed execute(Planned planned) {
    RunOptions options = run.options();
    ShardPlan plan = planned instanceof Planned.Fixed fixed ? fixed.plan() : null;
    List<DiscoveredClass> classes =
        planned instanceof Planned.Fixed fixed
            ? fixed.classes()
            : planned instanceof Planned.Dynamic dynamic ? dynamic.classes() : null;
    ProgressModel model =
        new ProgressModel(
            plan == null ? List.of() : plan.shards(),
            options.parallel(),
            classes == null ? 0 : DiscoveredClass.testCount(classes));
    try (ProgressDisplay progress = run.events().progress(model)) {
      ServiceImages.ensure(run.engine(), options.config(), run.events()::notice);
      ServiceContext services =
          new ServiceContext(
              run.engine(),
              options.config(),
              run.resources().runId(),
              run.resources().labels(),
              snapshot.image(),
              snapshot.agentPath(),
              System.getenv(),
              options.limits());
      KubernetesShardRuntime cluster =
          connection == null
              ? null
              : KubernetesShardRuntime.open(
                  connection,
                  run.engine(),
                  run.resources(),
                  snapshot,
                  settings(),
                  services,
                  run.events()::line,
                  progress::note);
      try (cluster;
          ShardExecutor executor =
              cluster == null
                  ? DockerShardRuntime.executor(
                      run.engine(),
                      run.resources(),
                      snapshot,
                      settings(),
                      progress,
                      SourceFiles.forSnapshot(snapshot)::of,
                      services)
                  : new ShardExecutor(
                      cluster,
                      settings(),
                      progress,
                      SourceFiles.forSnapshot(snapshot)::of,
                      RunClock.system())) {
        List<ShardResult> results = run(executor, planned, progress);
        results =
            new Retries(
                    executor,
                    request.retryLost(),
                    Retries.reruns(request.rerunFailing(), moduleReruns()),
                    progress::note)
                .apply(results);
        return new Executed(results, executor.kept(), executor.engineLost());
      }
    }
  }

  private List<ShardResult> run(ShardExecutor executor, Planned planned, ProgressDisplay progress) {
    RunOptions options = run.options();
    if (planned instanceof Planned.Fixed fixed) {
      return executor.execute(fixed.plan());
    }
    if (planned instanceof Planned.Dynamic dynamic) {
      List<DiscoveredClass> classes = dynamic.classes();
      progress.classesKnown(classes, history);
      return executor.executeDynamic(
          classes,
          options.parallel(),
          FailedFirst.expected(classes, history.estimator(classes), options.startFirst()));
    }
    return new WorkersFirst(discovery, snapshot, history, options.include())
        .run(
            executor,
            ((Planned.DiscoveryAlongside) planned).workers(),
            progress,
            found -> progress.classesKnown(found, history));
  }

  /** Each module's own {@code rerunFailingTestsCount}, by module id. */
  private Map<String, Integer> moduleReruns() {
    Map<String, Integer> reruns = new HashMap<>();
    for (Snapshot.SnapshotModule module : snapshot.modules()) {
      reruns.put(module.module().id(), module.module().settings().rerunFailing());
    }
    return reruns;
  }

  private ExecutionSettings settings() {
    RunOptions options = run.options();
    FailFastLimit failFast = failFastLimit(request.failAfter(), snapshot.modules());
    return new ExecutionSettings(
        options.parallel(),
        options.reportDir(),
        options.excludedEngines(),
        options.limits(),
        options.shardTimeout(),
        options.runTimeout(),
        request.keepOnFailure(),
        new StallLimit(
            request.minStallLimit() == null ? StallLimit.DEFAULT_FLOOR : request.minStallLimit(),
            history::longestSecondsOf),
        request.dockerAccess(),
        failFast.limit(),
        failFast.setting());
  }

  /**
   * The run's fail-fast limit: {@code --fail-fast}'s, else the smallest {@code
   * skipAfterFailureCount} of the modules whose Surefire stops after one (a run-wide count, where
   * Surefire counts each execution's failed tests), else none.
   */
  static FailFastLimit failFastLimit(int option, List<Snapshot.SnapshotModule> modules) {
    if (option > 0) {
      return new FailFastLimit(option, FailFast.OPTION);
    }
    FailFastLimit limit = new FailFastLimit(0, FailFast.OPTION);
    for (Snapshot.SnapshotModule module : modules) {
      int count = module.module().settings().skipAfterFailure();
      if (count > 0 && (limit.limit() == 0 || count < limit.limit())) {
        limit =
            new FailFastLimit(
                count, "skipAfterFailureCount=" + count + " (module " + module.module().id() + ")");
      }
    }
    return limit;
  }

  /** A fail-fast limit and the setting that gave it, as the run's messages name it. */
  record FailFastLimit(int limit, String setting) {}
}
