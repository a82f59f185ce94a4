package dev.testshard.runner.report;

import dev.testshard.report.AtomicFiles;
import dev.testshard.report.FailureSummary;
import dev.testshard.report.FlakySummary;
import dev.testshard.report.MergedReportWriter;
import dev.testshard.report.Outcome;
import dev.testshard.report.ReportLimits;
import dev.testshard.report.ReportMerger;
import dev.testshard.report.RunSummary;
import dev.testshard.report.RunTimings;
import dev.testshard.report.ShardSummary;
import dev.testshard.report.StepTimes;
import dev.testshard.report.SummaryJson;
import dev.testshard.report.SummaryTotals;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import dev.testshard.report.TimingsJson;
import dev.testshard.report.Totals;
import dev.testshard.report.html.HtmlReportWriter;
import dev.testshard.report.html.RerunCommand;
import dev.testshard.report.html.RunOverview;
import dev.testshard.runner.common.StepTimer;
import dev.testshard.runner.results.AttemptMerging;
import dev.testshard.runner.results.ShardResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes a run's report directory: {@code shards/<shard>/results.xml} per shard (flat, one suite
 * per class), the merged {@code TEST-testshard.xml} streamed from those files, {@code
 * summary.json}, {@code timings.json} and the HTML report {@code index.html}. Every file is written
 * under a temporary name and renamed, so an interrupted run never leaves a report that looks
 * complete.
 */
public final class RunReportWriter {

  public static final String MERGED_XML = "TEST-testshard.xml";
  public static final String SUMMARY_JSON = "summary.json";
  public static final String TIMINGS_JSON = "timings.json";
  public static final String INDEX_HTML = "index.html";

  private final Path reportDir;
  private final RerunCommand rerun;
  private final ReportLimits limits = ReportLimits.DEFAULTS;

  /**
   * @param rerun how the HTML report tells users to re-run a failed class
   */
  public RunReportWriter(Path reportDir, RerunCommand rerun) {
    this.reportDir = reportDir;
    this.rerun = rerun;
  }

  /** Writes one shard's results (after its retries, if any). */
  public Path writeShard(ShardResult result, Instant runStarted) throws IOException {
    Path file = shardResults(result);
    try (MergedReportWriter writer =
        MergedReportWriter.open(file, result.shard().id(), runStarted, limits)) {
      for (TestSuiteResult suite : result.suites()) {
        writer.write(suite);
      }
      writer.finish();
    }
    return file;
  }

  /**
   * Merges the shard files and writes the summary, with the run's step times from {@code steps};
   * returns the merged totals. When it fails (a full disk), {@link #discard()} removes what it
   * wrote.
   */
  public Totals writeRun(
      String projectName,
      String runId,
      Instant started,
      double wallSeconds,
      List<ShardResult> results,
      int exitCode,
      StepTimer steps)
      throws IOException {
    long mergeStart = System.nanoTime();
    List<Path> inputs = new ArrayList<>();
    List<String> modules = new ArrayList<>();
    for (ShardResult result : results) {
      inputs.add(writeShard(result, started));
      modules.add(result.shard().module());
    }
    // By module: the same class name in two modules stays two suites, as in Surefire's reports.
    Totals totals =
        ReportMerger.merge(
            inputs, modules, reportDir.resolve(MERGED_XML), projectName, started, limits);
    RunTimings timings = timings(runId, results);
    StepTimes stepTimes =
        RunStepTimes.of(
            steps, timings.shards(), (System.nanoTime() - mergeStart) / 1e9, Instant.now());
    RunSummary summary =
        summary(projectName, runId, started, wallSeconds, results, exitCode, totals, stepTimes);
    SummaryJson.write(reportDir.resolve(SUMMARY_JSON), summary);
    TimingsJson.write(reportDir.resolve(TIMINGS_JSON), timings);
    try (HtmlReportWriter html =
        HtmlReportWriter.open(reportDir.resolve(INDEX_HTML), rerun, limits.outputPointer())) {
      for (ShardResult result : results) {
        for (TestSuiteResult suite : result.suites()) {
          html.write(suite);
        }
      }
      html.finish(RunOverview.of(summary, timings));
    }
    return totals;
  }

  /**
   * Removes the report files and the shards' files, as far as they can be removed: after a failure
   * to write them, a report without its summary or HTML must not look complete, and the shards' raw
   * files may be cut short.
   */
  public void discard() {
    for (String name : List.of(MERGED_XML, SUMMARY_JSON, TIMINGS_JSON, INDEX_HTML)) {
      AtomicFiles.deleteQuietly(reportDir.resolve(name));
    }
    Path shards = reportDir.resolve("shards");
    if (!Files.isDirectory(shards)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(shards)) {
      walk.sorted(Comparator.reverseOrder()).forEach(AtomicFiles::deleteQuietly);
    } catch (IOException | UncheckedIOException e) {
      // best effort: the error about the report is what the user must see
    }
  }

  /**
   * Per class and per shard times of a run. Classes with work that never reported are left out:
   * their times would mislead the next plan.
   */
  public static RunTimings timings(String runId, List<ShardResult> results) {
    List<RunTimings.ClassTiming> classes = new ArrayList<>();
    List<RunTimings.ShardTiming> shards = new ArrayList<>();
    for (ShardResult result : results) {
      for (TestSuiteResult suite : result.suites()) {
        boolean complete = suite.testCases().stream().noneMatch(AttemptMerging::isLost);
        if (complete) {
          classes.add(
              new RunTimings.ClassTiming(
                  suite.name(),
                  result.shard().module(),
                  result.shard().id(),
                  suite.timeSeconds(),
                  suite.tests()));
        }
      }
      if (result.timing() != null) {
        shards.add(result.timing());
      }
    }
    return new RunTimings(RunTimings.FORMAT, runId, classes, shards);
  }

  static RunSummary summary(
      String projectName,
      String runId,
      Instant started,
      double wallSeconds,
      List<ShardResult> results,
      int exitCode,
      Totals totals,
      StepTimes steps) {
    List<ShardSummary> shards = new ArrayList<>();
    List<FailureSummary> failures = new ArrayList<>();
    List<FlakySummary> flaky = new ArrayList<>();
    for (ShardResult result : results) {
      Totals shardTotals = result.totals();
      RunTimings.ShardTiming timing = result.timing();
      boolean ran = timing != null && timing.containerStartSeconds() > 0;
      shards.add(
          new ShardSummary(
              result.shard().id(),
              result.shard().classes().size(),
              shardTotals.tests(),
              shardTotals.passed(),
              shardTotals.failures(),
              shardTotals.errors(),
              shardTotals.skipped(),
              result.durationSeconds(),
              result.exit().exitCode(),
              result.status().name().toLowerCase(Locale.ROOT),
              result.lostReason(),
              ran ? timing.containerStartSeconds() : null,
              ran && timing.jvmStartSeconds() > 0 ? timing.jvmStartSeconds() : null,
              ran && timing.firstTestSeconds() > 0 ? timing.firstTestSeconds() : null,
              ran ? timing.cpuSeconds() : null));
      for (TestSuiteResult suite : result.suites()) {
        for (TestCaseResult testCase : suite.testCases()) {
          if (testCase.outcome() == Outcome.FAILED || testCase.outcome() == Outcome.ERROR) {
            failures.add(FailureSummary.of(testCase, result.shard().id()));
          } else if (testCase.flaky()) {
            flaky.add(FlakySummary.of(testCase, result.shard().id()));
          }
        }
      }
    }
    return new RunSummary(
        RunSummary.FORMAT,
        projectName,
        runId,
        started,
        wallSeconds,
        exitCode,
        RunVerdict.outcome(exitCode),
        SummaryTotals.of(totals, flaky.size()),
        shards,
        failures,
        flaky,
        steps);
  }

  private Path shardResults(ShardResult result) {
    return reportDir
        .resolve("shards")
        .resolve(result.shard().directoryName())
        .resolve("results.xml");
  }
}
