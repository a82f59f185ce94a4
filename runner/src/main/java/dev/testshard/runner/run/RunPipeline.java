package dev.testshard.runner.run;

import dev.testshard.report.Totals;
import dev.testshard.runner.build.ProjectBuild;
import dev.testshard.runner.build.TestModule;
import dev.testshard.runner.common.FileProblems;
import dev.testshard.runner.common.StepTimer;
import dev.testshard.runner.history.SurefireReportTimes;
import dev.testshard.runner.history.TimingHistoryFile;
import dev.testshard.runner.kubernetes.ClusterConnection;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.RunMode;
import dev.testshard.runner.plan.ShardPlan;
import dev.testshard.runner.plan.TimingHistory;
import dev.testshard.runner.report.RunVerdict;
import dev.testshard.runner.snapshot.ImageCache;
import dev.testshard.runner.snapshot.Snapshot;
import dev.testshard.runner.steps.BaseImageStep;
import dev.testshard.runner.steps.BuildStep;
import dev.testshard.runner.steps.DiscoverStep;
import dev.testshard.runner.steps.ExecuteStep;
import dev.testshard.runner.steps.Executed;
import dev.testshard.runner.steps.PlanStep;
import dev.testshard.runner.steps.Planned;
import dev.testshard.runner.steps.ReportStep;
import dev.testshard.runner.steps.Run;
import dev.testshard.runner.steps.RunEvents;
import dev.testshard.runner.steps.RunOptions;
import dev.testshard.runner.steps.RunRequest;
import dev.testshard.runner.steps.SnapshotStep;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a run, in order, and the places where they overlap:
 *
 * <pre>
 *   build (Maven, own thread) ─────────┐
 *   engine + stale sweep ─ base image ─┴─ snapshot ─ discover ─ plan ─ execute ─ report
 *   │                                               └─ workers start beside discovery (one module)
 *   └─ with --kubernetes: connect, sweep, policy (own thread) ───────┘ (then the image push)
 * </pre>
 *
 * {@code run} goes through all of them; {@code plan} stops at the plan. The steps know no stream:
 * they say what happens through {@link RunEvents}.
 */
public final class RunPipeline {

  private final RunOptions options;
  private final RunEvents events;
  private final Path imageCache;

  /**
   * @param imageCache where the base and dependency images are loaded from and saved to, or null
   */
  public RunPipeline(RunOptions options, RunEvents events, Path imageCache) {
    this.options = options;
    this.events = events;
    this.imageCache = imageCache;
  }

  /** Build, snapshot, discover and plan: the fixed plan a run would use, without running tests. */
  public ShardPlan plan() {
    StepTimer steps = StepTimer.sinceProcessStart();
    try (BuildStep build = BuildStep.start(options, events, steps);
        EngineSession session = EngineSession.open()) {
      Run run = new Run(options, session.engine(), session.resources(), steps, events, imageCache);
      Taken taken = snapshot(run, build);
      List<DiscoveredClass> classes = new DiscoverStep(run).discover(taken.snapshot());
      return new PlanStep(run).plan(classes, taken.history());
    }
  }

  /** Every step, up to the merged report. */
  public RunOutcome run(RunRequest request) {
    Instant started = Instant.now();
    long startNanos = System.nanoTime();
    StepTimer steps = StepTimer.sinceProcessStart();
    // Overlap 1: the build runs on a thread of its own while the engine is connected, the runs
    // killed earlier are swept and the base image is made sure of; with --kubernetes the cluster is
    // connected, swept and given the run's policy on another. Closing them stops Maven and deletes
    // what the run left on the cluster.
    try (BuildStep build = BuildStep.start(options, events, steps);
        EngineSession session = EngineSession.open(request.keepOnFailure());
        ClusterConnection cluster =
            ClusterConnection.start(request.kubernetes(), session.resources())) {
      steps.record(StepTimer.Step.STARTUP, steps.sinceStart(Instant.now()));
      session.resources().keepImage(options.keepImage());
      if (session.staleRemoved() > 0) {
        events.line("removed " + session.staleRemoved() + " resources left by killed runs");
      }
      events.line(
          "testshard run " + session.resources().runId() + " on " + session.engine().endpoint());
      Run run = new Run(options, session.engine(), session.resources(), steps, events, imageCache);
      if (cluster != null) {
        cluster.onFailure(build::close);
      }
      Taken taken;
      try {
        taken = snapshot(run, build);
      } catch (RuntimeException e) {
        // A build stopped because the cluster does not answer: the cluster is what went wrong (a
        // build that failed on its own says so, whatever the cluster does).
        if (cluster != null && build.stopped()) {
          cluster.throwIfFailed();
        }
        throw e;
      }
      Snapshot snapshot = taken.snapshot();
      TimingHistory history = taken.history();
      DiscoverStep discovery = new DiscoverStep(run);
      RunMode mode =
          RunMode.choose(
              request.dynamic(), request.shardByChosen(), request.shardsChosen(), history);
      // Overlap 2: with one module, dynamic workers start while discovery runs (PlanStep says
      // when), so the first class goes to a JVM that is already up.
      Planned planned = new PlanStep(run).choose(snapshot, history, mode, discovery);
      ReportStep report = new ReportStep(run);
      Executed executed;
      try {
        executed =
            new ExecuteStep(run, request, snapshot, history, discovery, cluster).execute(planned);
      } catch (RuntimeException e) {
        // Shards write their logs and raw results into the report directory as they run.
        throw FileProblems.isNoSpace(e) ? report.notWritten(e) : e;
      }
      if (session.interrupted()) {
        return RunOutcome.cutShort();
      }
      int exitCode = RunVerdict.exitCode(executed.results());
      double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
      Totals totals =
          report.write(
              snapshot, executed.results(), exitCode, started, wallSeconds, request.summary());
      return new RunOutcome(
          snapshot.image(),
          executed.results(),
          totals,
          wallSeconds,
          exitCode,
          executed.kept(),
          executed.engineLost(),
          false);
    }
  }

  /** The snapshot, and the timing history to plan with. */
  private record Taken(Snapshot snapshot, TimingHistory history) {}

  /**
   * The base image while Maven builds, then the snapshot (through the image cache, if any), with
   * the timing history read just before it.
   */
  private Taken snapshot(Run run, BuildStep build) {
    ImageCache cache =
        imageCache == null
            ? null
            : new ImageCache(run.engine(), imageCache, events::line, events::warning);
    if (cache != null) {
      cache.load();
    }
    BaseImageStep.BaseImage base = new BaseImageStep(run).ensure();
    ProjectBuild modules = build.modules(run);
    events.line(base.line());
    TimingHistory history = history(modules);
    Snapshot snapshot = new SnapshotStep(run).take(modules, base.tag());
    if (cache != null) {
      cache.save(List.of(base.tag(), snapshot.depsImage()));
    }
    return new Taken(snapshot, history);
  }

  /**
   * The timing history that {@code --timings} names; without one yet (and no {@code --timings}
   * given), the class times of the reports an earlier {@code mvn test} left in the modules.
   */
  private TimingHistory history(ProjectBuild build) {
    TimingHistory history = TimingHistoryFile.read(options.timings(), events::warning);
    Path defaultFile = options.projectDir().resolve(".testshard").resolve("timings.json");
    if (!history.isEmpty() || !options.timings().equals(defaultFile)) {
      return history;
    }
    String reports = options.failsafe() ? "failsafe-reports" : "surefire-reports";
    List<SurefireReportTimes.ModuleReports> modules = new ArrayList<>();
    for (TestModule module : build.modules()) {
      modules.add(
          new SurefireReportTimes.ModuleReports(
              module.id(), module.directory().resolve("target").resolve(reports)));
    }
    return SurefireReportTimes.read(modules);
  }
}
