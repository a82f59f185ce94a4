package dev.testshard.runner.steps;

import dev.testshard.report.TestSuiteResult;
import dev.testshard.report.Totals;
import dev.testshard.report.html.RerunCommand;
import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.FileProblems;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.coverage.CoverageMerges;
import dev.testshard.runner.history.LastFailures;
import dev.testshard.runner.history.TimingHistoryFile;
import dev.testshard.runner.report.CiOutputs;
import dev.testshard.runner.report.RunReportWriter;
import dev.testshard.runner.results.ShardResult;
import dev.testshard.runner.snapshot.Snapshot;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The merge and what follows it: the merged report (XML, HTML, JSON), the failed tests for {@code
 * --only-failed}, the coverage merged where each module's build expects it, the timing history and
 * the CI's outputs (job summary, annotations). Only the report itself is a must: the rest warns.
 */
public final class ReportStep {

  private final Run run;
  private final RunReportWriter reports;

  public ReportStep(Run run) {
    this.run = run;
    this.reports = new RunReportWriter(run.options().reportDir(), rerunCommand(run.options()));
  }

  public Totals write(
      Snapshot snapshot,
      List<ShardResult> results,
      int exitCode,
      Instant started,
      double wallSeconds,
      Path summary) {
    RunOptions options = run.options();
    String runId = run.resources().runId();
    Totals totals;
    try {
      totals =
          reports.writeRun(
              options.projectName(), runId, started, wallSeconds, results, exitCode, run.steps());
    } catch (IOException | RuntimeException e) {
      throw notWritten(e);
    }
    recordFailures(runId, results);
    CoverageMerges.mergeInto(
        snapshot.coverage(), options.reportDir(), run.events()::line, run.events()::warning);
    if (!options.timings().getFileName().toString().endsWith(".xml")) {
      try {
        TimingHistoryFile.update(options.timings(), RunReportWriter.timings(runId, results));
      } catch (IOException | RuntimeException e) {
        run.events()
            .warning(
                "cannot update the timing history "
                    + options.timings()
                    + ": "
                    + (e instanceof IOException io ? FileProblems.reason(io) : e.getMessage())
                    + " (this run's report is complete)");
      }
    }
    new CiOutputs(options.reportDir(), System.getenv())
        .write(summary, run.events()::notice, run.events()::warning);
    return totals;
  }

  /**
   * A report that could not be written, say on a full disk, is one line and exit 2; what was
   * written of it is gone ({@link RunReportWriter#discard}), so nothing half-written looks
   * complete. Other failures are returned as they are.
   */
  public RuntimeException notWritten(Exception e) {
    reports.discard();
    String reason =
        e instanceof IOException io
            ? FileProblems.reason(io)
            : FileProblems.isNoSpace(e) ? "no space left on device" : null;
    if (reason == null) {
      return (RuntimeException) e;
    }
    return new TestshardException(
        ExitCodes.USAGE,
        "cannot write the report to "
            + run.options().reportDir()
            + ": "
            + reason
            + "; no report written",
        e);
  }

  /** The run's failures, for --only-failed and --failed-first of the next run. */
  private void recordFailures(String runId, List<ShardResult> results) {
    Path file = LastFailures.fileIn(run.options().projectDir());
    List<TestSuiteResult> suites = new ArrayList<>();
    results.forEach(result -> suites.addAll(result.suites()));
    try {
      LastFailures.of(runId, suites).write(file);
    } catch (IOException e) {
      run.events()
          .warning(
              "cannot record the failed tests in "
                  + file
                  + ": "
                  + FileProblems.reason(e)
                  + " (--only-failed and --failed-first read them)");
    }
  }

  /**
   * {@code testshard run} with the options of this run that decide what is built and run on (Maven
   * arguments, explicit class path, base image, suite engine), to be started in the project
   * directory: paths inside the project are relative to it, so the report names no path of the
   * machine that ran it; the report adds {@code --test} for the tests to re-run.
   */
  static RerunCommand rerunCommand(RunOptions options) {
    List<String> words = new ArrayList<>(List.of("testshard", "run"));
    if (options.failsafe()) {
      words.add("--failsafe");
    }
    options.mavenArgs().forEach(arg -> words.add("--maven-arg=" + arg));
    if (options.classpath() != null) {
      List<String> entries = new ArrayList<>();
      for (String entry : options.classpath().split(File.pathSeparator)) {
        entries.add(entry.isEmpty() ? entry : inProject(options, Path.of(entry)));
      }
      words.addAll(List.of("--classpath", String.join(File.pathSeparator, entries)));
    }
    options
        .testClasses()
        .forEach(dir -> words.addAll(List.of("--test-classes", inProject(options, dir))));
    if (options.baseImage() != null) {
      words.addAll(List.of("--base-image", options.baseImage()));
    }
    if (options.excludedEngines().isEmpty()) {
      words.add("--include-suite-engine");
    }
    return RerunCommand.of(words, "run it in the project directory");
  }

  /** A path relative to the project directory when it is inside it, else as given. */
  private static String inProject(RunOptions options, Path path) {
    Path absolute = options.projectDir().resolve(path).normalize();
    return absolute.startsWith(options.projectDir())
        ? options.projectDir().relativize(absolute).toString()
        : path.toString();
  }
}
