package dev.testshard.runner.cli;

import dev.testshard.report.Totals;
import dev.testshard.runner.Pipeline;
import dev.testshard.runner.RunOptions;
import dev.testshard.runner.exec.ExecutionSettings;
import dev.testshard.runner.exec.ProgressListener;
import dev.testshard.runner.exec.ShardExecutor;
import dev.testshard.runner.exec.ShardResult;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.report.RunReportWriter;
import dev.testshard.runner.report.RunVerdict;
import dev.testshard.runner.report.SourceFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code testshard run}: the whole pipeline, ending in a merged report and an exit code. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Build, snapshot, discover, run every shard in its own container, merge.")
final class RunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ProjectOptions project;

  @Option(
      names = {"-j", "--parallel"},
      paramLabel = "N",
      description = "Containers at once (default: the number of CPUs).")
  int parallel = Runtime.getRuntime().availableProcessors();

  @Option(names = "--keep-image", description = "Keep the per-run image after the run.")
  boolean keepImage;

  @Option(
      names = "--memory",
      paramLabel = "SIZE",
      description = "Memory limit per shard container, e.g. 2g or 512m (default: none).")
  String memory;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RunOptions options = project.toRunOptions(parallel, keepImage, MemorySize.parse(memory));
    ReportDirectory.prepare(options.reportDir());
    Instant started = Instant.now();
    long startNanos = System.nanoTime();
    try (EngineSession session = EngineSession.open()) {
      session.resources().keepImage(options.keepImage());
      out.println(
          "testshard run " + session.resources().runId() + " on " + session.engine().endpoint());
      Pipeline.Prepared prepared =
          new Pipeline(session.engine(), session.resources(), options, out, err).prepare();
      int shardCount = prepared.plan().shards().size();
      out.printf(
          Locale.ROOT,
          "%d shards by %s, %d at a time%n",
          shardCount,
          options.shardBy().name().toLowerCase(Locale.ROOT),
          Math.min(options.parallel(), shardCount));
      out.flush();

      RunReportWriter reports = new RunReportWriter(options.reportDir());
      List<ShardResult> results;
      try (ConsoleProgress console = new ConsoleProgress(out, shardCount, 15)) {
        ProgressListener progress =
            new ProgressListener() {
              @Override
              public void shardStarted(Shard shard) {
                console.shardStarted(shard);
              }

              @Override
              public void testFinished(
                  Shard shard, String className, String name, boolean failed, String message) {
                console.testFinished(shard, className, name, failed, message);
              }

              @Override
              public void shardFinished(ShardResult result) {
                try {
                  reports.writeShard(result, started);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                console.shardFinished(result);
              }
            };
        results =
            new ShardExecutor(
                    session.engine(),
                    session.resources(),
                    prepared.snapshot(),
                    new ExecutionSettings(
                        options.parallel(),
                        options.reportDir(),
                        options.excludedEngines(),
                        options.memoryBytes()),
                    progress,
                    new SourceFiles(prepared.snapshot().files()))
                .execute(prepared.plan());
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
                exitCode);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      new RunSummaryPrinter(out).print(results, totals, wallSeconds, options.reportDir());
      if (options.keepImage()) {
        out.println("kept image " + prepared.snapshot().image());
      }
      out.println("exit code " + exitCode + " (" + RunVerdict.outcome(exitCode) + ")");
      out.flush();
      return exitCode;
    }
  }
}
