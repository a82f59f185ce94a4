package dev.testshard.runner.steps;

import dev.testshard.report.TestSuiteResult;
import dev.testshard.report.Totals;
import dev.testshard.runner.RunOptions;
import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.FileProblems;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.coverage.CoverageMerges;
import dev.testshard.runner.exec.ShardResult;
import dev.testshard.runner.plan.LastFailures;
import dev.testshard.runner.plan.TimingHistory;
import dev.testshard.runner.report.CiOutputs;
import dev.testshard.runner.report.RunReportWriter;
import dev.testshard.runner.snapshot.Snapshot;
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

  public ReportStep(Run run, RunReportWriter reports) {
    this.run = run;
    this.reports = reports;
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
        TimingHistory.update(options.timings(), RunReportWriter.timings(runId, results));
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
}
