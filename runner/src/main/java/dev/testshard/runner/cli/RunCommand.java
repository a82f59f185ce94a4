package dev.testshard.runner.cli;

import dev.testshard.report.TestSuiteResult;
import dev.testshard.report.Totals;
import dev.testshard.runner.BuildStep;
import dev.testshard.runner.Pipeline;
import dev.testshard.runner.RunOptions;
import dev.testshard.runner.WorkersFirst;
import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.FileProblems;
import dev.testshard.runner.common.StepTimer;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.console.ProgressModel;
import dev.testshard.runner.console.Verbosity;
import dev.testshard.runner.coverage.CoverageMerges;
import dev.testshard.runner.docker.ContainerSpec;
import dev.testshard.runner.exec.Durations;
import dev.testshard.runner.exec.ExecutionSettings;
import dev.testshard.runner.exec.Retries;
import dev.testshard.runner.exec.ShardExecutor;
import dev.testshard.runner.exec.ShardResult;
import dev.testshard.runner.exec.StallLimit;
import dev.testshard.runner.history.TimingHistoryFile;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.FailedFirst;
import dev.testshard.runner.plan.LastFailures;
import dev.testshard.runner.plan.RunMode;
import dev.testshard.runner.plan.ShardPlan;
import dev.testshard.runner.plan.TimingHistory;
import dev.testshard.runner.report.CiOutputs;
import dev.testshard.runner.report.RunReportWriter;
import dev.testshard.runner.report.RunVerdict;
import dev.testshard.runner.report.SourceFiles;
import dev.testshard.runner.services.ServiceContext;
import dev.testshard.runner.services.ServiceImages;
import dev.testshard.runner.snapshot.Snapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** {@code testshard run}: the whole pipeline, ending in a merged report and an exit code. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Build, snapshot, discover, run every shard in its own container, merge.")
final class RunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ProjectOptions project;

  @Mixin ConsoleOptions console;

  @Option(
      names = {"-j", "--parallel"},
      paramLabel = "N",
      description = "Containers at once (default: the number of CPUs).")
  int parallel = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--dynamic",
      negatable = true,
      description =
          "Start --parallel long-lived workers that pull the next class (longest expected first)"
              + " until none is left, instead of a fixed plan; needs no history for a good balance,"
              + " and uses one to order the classes. Default: dynamic unless --shard-by or --shards"
              + " is given; --no-dynamic for a fixed plan always.")
  Boolean dynamic;

  @Option(
      names = "--keep-on-failure",
      description =
          "Leave a failed shard's services and network running, and print the commands to look"
              + " into them and to remove them.")
  boolean keepOnFailure;

  @Option(names = "--keep-image", description = "Keep the per-run image after the run.")
  boolean keepImage;

  @Option(
      names = "--docker-access",
      description =
          "Give the tests the Docker engine (Testcontainers): its socket is mounted into each"
              + " shard container, which then controls the engine as the host's root could;"
              + " containers the tests start are removed when their shard ends.")
  boolean dockerAccess;

  @Option(
      names = "--memory",
      paramLabel = "SIZE",
      description =
          "Memory limit per shard container, e.g. 2g or 512m (default: 4g); the test JVM's heap"
              + " is sized to 75%% of it.")
  String memory = "4g";

  @Option(
      names = "--cpus",
      paramLabel = "N",
      description = "CPU limit per shard container, e.g. 1.5 (default: none).")
  double cpus;

  @Option(
      names = "--pids-limit",
      paramLabel = "N",
      description = "Most processes and threads per shard container (default: 4096).")
  long pidsLimit = 4096;

  @Option(
      names = "--shard-timeout",
      paramLabel = "DURATION",
      description =
          "Stop a shard's container after this long, e.g. 90s or 10m; its unfinished tests are"
              + " reported as errors (default: none).")
  String shardTimeout;

  @Option(
      names = "--retry-lost",
      paramLabel = "N",
      description =
          "Re-run the unreported classes of a lost shard (crash, timeout) in a fresh container,"
              + " up to N times (default: 0).")
  int retryLost;

  @Option(
      names = "--rerun-failing",
      paramLabel = "N",
      description =
          "Re-run each failed test up to N times in a fresh container; a test that then passes is"
              + " reported as flaky and does not fail the run (default: 0).")
  int rerunFailing;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      description =
          "Stop every shard still running this long after the first starts, e.g. 30m"
              + " (default: none).")
  String runTimeout;

  @Option(
      names = "--fail-fast",
      arity = "0..1",
      fallbackValue = "1",
      paramLabel = "N",
      description =
          "After N failed tests (failures and errors; default 1) start no new class: running"
              + " ones finish, and what never ran is reported as skipped with the reason.")
  Integer failFast;

  @Option(
      names = "--summary",
      paramLabel = "FILE",
      description =
          "Also write the run as a Markdown job summary to FILE (it is appended to"
              + " $GITHUB_STEP_SUMMARY when that is set).")
  Path summary;

  @Option(
      names = "--min-stall-limit",
      paramLabel = "DURATION",
      hidden = true,
      description =
          "The shortest default deadline: without --shard-timeout or --timeout, a container is"
              + " stopped when no test ended for 5 times the expected time of its class, at least"
              + " this long (default: 10m).")
  String minStallLimit;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Verbosity verbosity = console.verbosity();
    PrintWriter log = console.steps(out);
    RunOptions options =
        project.toRunOptions(
            parallel,
            keepImage,
            limits(),
            duration("--shard-timeout", shardTimeout),
            duration("--timeout", runTimeout));
    int failAfter = failFast();
    ReportDirectory.prepare(options.reportDir(), project.reportDirChosen());
    Instant started = Instant.now();
    long startNanos = System.nanoTime();
    StepTimer steps = StepTimer.sinceProcessStart();
    // The build overlaps connecting to the engine; if that fails, closing the build stops Maven.
    try (BuildStep build = BuildStep.start(options, log, err, steps);
        EngineSession session = EngineSession.open(keepOnFailure)) {
      steps.record(StepTimer.Step.STARTUP, steps.sinceStart(Instant.now()));
      session.resources().keepImage(options.keepImage());
      if (session.staleRemoved() > 0) {
        log.println("removed " + session.staleRemoved() + " resources left by killed runs");
      }
      log.println(
          "testshard run " + session.resources().runId() + " on " + session.engine().endpoint());
      Pipeline pipeline =
          new Pipeline(
              session.engine(),
              session.resources(),
              options,
              log,
              err,
              steps,
              project.imageCacheDir());
      Snapshot snapshot = pipeline.snapshot(build);
      TimingHistory history = pipeline.history();
      ParseResult parsed = spec.commandLine().getParseResult();
      RunMode mode =
          RunMode.choose(
              dynamic,
              parsed.hasMatchedOption("--shard-by")
                  || options.config().option("shard-by").isPresent(),
              parsed.hasMatchedOption("--shards") || options.config().option("shards").isPresent(),
              history);
      // With one module, dynamic workers start while discovery runs: the first class goes to a JVM
      // that is already up. (Several modules share the workers out by their classes' times.)
      // (--failed-first needs the classes known first, to put the failed ones in front.)
      boolean workersFirst =
          mode.dynamic() && snapshot.modules().size() == 1 && options.startFirst().isEmpty();
      int earlyWorkers =
          workersFirst ? WorkersFirst.count(snapshot, options.parallel(), options.include()) : 0;
      List<DiscoveredClass> classes = null;
      ShardPlan plan = null;
      if (workersFirst) {
        log.printf(
            Locale.ROOT,
            "dynamic: %d workers start while discovery runs, then pull the classes longest"
                + " expected first (%s)%n",
            earlyWorkers,
            mode.reason());
      } else {
        classes =
            pipeline.discover(
                snapshot,
                line -> {
                  log.println(line);
                  log.flush();
                },
                warning -> err.println("testshard: warning: " + warning));
        if (mode.dynamic()) {
          log.printf(
              Locale.ROOT,
              "dynamic: %d workers pull %d classes, longest expected first (%s)%n",
              Math.min(options.parallel(), classes.size()),
              classes.size(),
              mode.reason());
        } else {
          plan = pipeline.plan(classes, history);
          log.printf(
              Locale.ROOT,
              "%d shards by %s, %d at a time (%s)%n",
              plan.shards().size(),
              plan.shardBy().name().toLowerCase(Locale.ROOT),
              Math.min(options.parallel(), plan.shards().size()),
              mode.reason());
        }
      }
      log.flush();

      RunReportWriter reports = RunReportWriter.forRun(options);
      List<ShardResult> results;
      List<ShardExecutor.KeptShard> kept;
      String engineLost;
      ProgressModel model =
          new ProgressModel(
              plan == null ? List.of() : plan.shards(),
              options.parallel(),
              classes == null ? 0 : DiscoveredClass.testCount(classes));
      try (ConsoleProgress progress = console.open(out, model)) {
        ServiceImages.ensure(session.engine(), options.config(), out);
        try (ShardExecutor executor =
            new ShardExecutor(
                session.engine(),
                session.resources(),
                snapshot,
                new ExecutionSettings(
                    options.parallel(),
                    options.reportDir(),
                    options.excludedEngines(),
                    options.limits(),
                    options.shardTimeout(),
                    options.runTimeout(),
                    keepOnFailure,
                    new StallLimit(
                        minStallLimit == null
                            ? StallLimit.DEFAULT_FLOOR
                            : duration("--min-stall-limit", minStallLimit),
                        history::longestSecondsOf),
                    dockerAccess,
                    failAfter),
                progress,
                SourceFiles.forSnapshot(snapshot)::of,
                new ServiceContext(
                    session.engine(),
                    options.config(),
                    session.resources().runId(),
                    session.resources().labels(),
                    snapshot.image(),
                    snapshot.agentPath(),
                    System.getenv(),
                    options.limits()))) {
          if (workersFirst) {
            results =
                new WorkersFirst(pipeline, snapshot, history, options.include())
                    .run(
                        executor,
                        earlyWorkers,
                        progress,
                        found -> progress.classesKnown(found, history));
          } else if (mode.dynamic()) {
            progress.classesKnown(classes, history);
            results =
                executor.executeDynamic(
                    classes,
                    options.parallel(),
                    FailedFirst.expected(
                        classes, history.estimator(classes), options.startFirst()));
          } else {
            results = executor.execute(plan);
          }
          results = new Retries(executor, retryLost, rerunFailing, progress::note).apply(results);
          kept = executor.kept();
          engineLost = executor.engineLost();
        }
      } catch (RuntimeException e) {
        // Shards write their logs and raw results into the report directory as they run.
        if (!FileProblems.isNoSpace(e)) {
          throw e;
        }
        reports.discard();
        throw reportNotWritten(options.reportDir(), e);
      }
      if (session.interrupted()) {
        err.println("testshard: interrupted; containers removed, no report written");
        return Main.INTERRUPTED;
      }
      int exitCode = RunVerdict.exitCode(results);
      double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
      Totals totals;
      try {
        totals =
            reports.writeRun(
                options.projectName(),
                session.resources().runId(),
                started,
                wallSeconds,
                results,
                exitCode,
                steps);
      } catch (IOException | RuntimeException e) {
        reports.discard();
        throw reportNotWritten(options.reportDir(), e);
      }
      recordFailures(options, session.resources().runId(), results, err);
      CoverageMerges.mergeInto(snapshot.coverage(), options.reportDir(), log, err);
      if (!options.timings().getFileName().toString().endsWith(".xml")) {
        try {
          TimingHistoryFile.update(
              options.timings(), RunReportWriter.timings(session.resources().runId(), results));
        } catch (IOException | RuntimeException e) {
          err.println(
              "testshard: warning: cannot update the timing history "
                  + options.timings()
                  + ": "
                  + (e instanceof IOException io ? FileProblems.reason(io) : e.getMessage())
                  + " (this run's report is complete)");
        }
      }
      new CiOutputs(options.reportDir(), System.getenv())
          .write(summary, out, warning -> err.println("testshard: warning: " + warning));
      new RunSummaryPrinter(out, verbosity, console.palette())
          .print(results, totals, wallSeconds, options.reportDir());
      if (options.keepImage() || !kept.isEmpty()) {
        out.println("kept image " + snapshot.image());
      }
      for (ShardExecutor.KeptShard shard : kept) {
        out.println("kept shard " + shard.shardId() + " running (--keep-on-failure):");
        shard.commands().forEach(command -> out.println("  " + command));
      }
      if (!kept.isEmpty()) {
        out.println("  or remove everything testshard left with: testshard clean");
      }
      out.println("exit code " + exitCode + " (" + RunVerdict.outcome(exitCode) + ")");
      out.flush();
      if (engineLost != null) {
        err.println(
            "testshard: "
                + engineLost
                + " during the run; every test it had not finished is an error in the report");
      }
      return exitCode;
    }
  }

  /**
   * A report that could not be written, say on a full disk, is one line and exit 2; what was
   * written of it is gone (RunReportWriter.discard), so nothing half-written looks complete. Other
   * failures are returned as they are.
   */
  private static RuntimeException reportNotWritten(Path reportDir, Exception e) {
    String reason =
        e instanceof IOException io
            ? FileProblems.reason(io)
            : FileProblems.isNoSpace(e) ? "no space left on device" : null;
    if (reason == null) {
      return (RuntimeException) e;
    }
    return new TestshardException(
        ExitCodes.USAGE,
        "cannot write the report to " + reportDir + ": " + reason + "; no report written",
        e);
  }

  /** The last run's failures, for --only-failed and --failed-first of the next run. */
  private static void recordFailures(
      RunOptions options, String runId, List<ShardResult> results, PrintWriter err) {
    Path file = ProjectOptions.lastFailuresFile(options.projectDir());
    List<TestSuiteResult> suites = new ArrayList<>();
    results.forEach(result -> suites.addAll(result.suites()));
    try {
      LastFailures.of(runId, suites).write(file);
    } catch (IOException e) {
      err.println(
          "testshard: warning: cannot record the failed tests in "
              + file
              + ": "
              + FileProblems.reason(e)
              + " (--only-failed and --failed-first read them)");
    }
  }

  private int failFast() {
    if (failFast == null) {
      return 0;
    }
    if (failFast < 1) {
      throw TestshardException.badValue("--fail-fast", "must be at least 1, not " + failFast);
    }
    return failFast;
  }

  private ContainerSpec.Limits limits() {
    notNegative("--retry-lost", retryLost);
    notNegative("--rerun-failing", rerunFailing);
    notNegative("--cpus", cpus);
    notNegative("--pids-limit", pidsLimit);
    return new ContainerSpec.Limits(
        MemorySize.parse(memory), Math.round(cpus * 1_000_000_000L), pidsLimit);
  }

  private static void notNegative(String option, double value) {
    if (value < 0) {
      throw TestshardException.badValue(
          option, "must not be negative: " + (value == (long) value ? "" + (long) value : value));
    }
  }

  private static Duration duration(String option, String text) {
    if (text == null) {
      return null;
    }
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw TestshardException.badValue(option, e.getMessage());
    }
  }
}
