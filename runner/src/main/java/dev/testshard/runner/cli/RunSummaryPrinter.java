package dev.testshard.runner.cli;

import dev.testshard.report.Outcome;
import dev.testshard.report.RunTimings;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import dev.testshard.report.Totals;
import dev.testshard.runner.console.Palette;
import dev.testshard.runner.console.ProgressText;
import dev.testshard.runner.console.Verbosity;
import dev.testshard.runner.execution.ShardExecutor;
import dev.testshard.runner.kubernetes.KubernetesTarget;
import dev.testshard.runner.report.RunReportWriter;
import dev.testshard.runner.report.RunVerdict;
import dev.testshard.runner.results.AttemptMerging;
import dev.testshard.runner.results.ShardResult;
import dev.testshard.runner.results.ShardStatus;
import dev.testshard.runner.run.RunOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The end-of-run text: a table per shard (with where its time went when verbose), the failures with
 * where to find their output, lost work per shard, flaky tests, the totals and where the reports
 * are. Quiet prints the failures, lost work and the reports only. Failures and errors are apart
 * everywhere, in the colours of the {@link Palette}. Pure apart from writing to its writer.
 */
final class RunSummaryPrinter {

  static final int MAX_FAILURES_SHOWN = 30;

  private final PrintWriter out;
  private final Verbosity verbosity;
  private final Palette palette;

  RunSummaryPrinter(PrintWriter out, Verbosity verbosity, Palette palette) {
    this.out = out;
    this.verbosity = verbosity;
    this.palette = palette;
  }

  /**
   * The end of a run: the summary, the shards kept running ({@code --keep-on-failure}) with the
   * commands to look into them, and the exit code.
   *
   * @param cluster where the run's shards ran, or null for the local engine
   */
  void print(RunOutcome outcome, Path reportDir, boolean keepImage, KubernetesTarget cluster) {
    print(outcome.results(), outcome.totals(), outcome.wallSeconds(), reportDir);
    List<ShardExecutor.KeptShard> kept = outcome.kept();
    // A kept shard's containers use the local image; a kept pod, the one in the registry.
    if (keepImage || (!kept.isEmpty() && cluster == null)) {
      out.println("kept image " + outcome.image());
    }
    for (ShardExecutor.KeptShard shard : kept) {
      out.println("kept shard " + shard.shardId() + " running (--keep-on-failure):");
      shard.commands().forEach(command -> out.println("  " + command));
    }
    if (!kept.isEmpty()) {
      out.println(
          "  or remove everything testshard left with: "
              + (cluster == null ? "testshard clean" : cluster.cleanCommand()));
    }
    out.println(
        "exit code " + outcome.exitCode() + " (" + RunVerdict.outcome(outcome.exitCode()) + ")");
    out.flush();
  }

  void print(List<ShardResult> results, Totals totals, double wallSeconds, Path reportDir) {
    if (verbosity != Verbosity.QUIET) {
      printShards(results);
    }
    printFailures(results, reportDir);
    if (verbosity != Verbosity.QUIET) {
      printFlakyAndTotals(results, totals, wallSeconds);
    }
    printReports(reportDir);
    // Last, so that it is the line a reader sees (a skipped class leaves the run green).
    DockerlessClasses.warning(results).ifPresent(out::println);
    NetworklessClasses.warning(results).ifPresent(out::println);
  }

  private void printFlakyAndTotals(List<ShardResult> results, Totals totals, double wallSeconds) {
    List<String> flaky = new ArrayList<>();
    for (ShardResult result : results) {
      for (TestSuiteResult suite : result.suites()) {
        for (TestCaseResult testCase : suite.testCases()) {
          if (testCase.flaky()) {
            flaky.add(
                String.format(
                    Locale.ROOT,
                    "%s (passed on attempt %d) [%s]",
                    ProgressText.testLabel(testCase.className(), testCase.name()),
                    testCase.attempts(),
                    result.shard().id()));
          }
        }
      }
    }
    if (!flaky.isEmpty()) {
      out.println();
      out.println(palette.skipped("Flaky") + " (failed, then passed on a re-run):");
      flaky.forEach(line -> out.println("  " + line));
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "%d tests: %s%s, %s, %s, %s; %.1f s of tests in %.1f s wall%n",
        totals.tests(),
        palette.ifAny(totals.passed(), totals.passed() + " passed", palette::passed),
        flaky.isEmpty() ? "" : " (" + palette.skipped(flaky.size() + " flaky") + ")",
        palette.ifAny(totals.failures(), totals.failures() + " failed", palette::failed),
        palette.ifAny(totals.errors(), totals.errors() + " errors", palette::error),
        palette.ifAny(totals.skipped(), totals.skipped() + " skipped", palette::skipped),
        totals.timeSeconds(),
        wallSeconds);
  }

  /** Where the reports are, after every run: the merged JUnit XML, the HTML page, the JSON. */
  private void printReports(Path reportDir) {
    out.println("report: " + reportDir.resolve(RunReportWriter.MERGED_XML) + " (JUnit XML)");
    out.println("        " + reportDir.resolve(RunReportWriter.INDEX_HTML) + " (HTML)");
    out.println("        " + reportDir.resolve(RunReportWriter.SUMMARY_JSON) + " (JSON)");
  }

  private void printShards(List<ShardResult> results) {
    int width =
        Math.max(5, results.stream().mapToInt(r -> r.shard().id().length()).max().orElse(5));
    boolean timings = verbosity == Verbosity.VERBOSE;
    String row = "%-" + width + "s %7s %6s %6s %6s %7s %7s %4s" + (timings ? " %9s %9s %10s" : "");
    out.println();
    List<Object> header =
        new ArrayList<>(
            List.of("shard", "classes", "tests", "failed", "errors", "skipped", "seconds", "exit"));
    if (timings) {
      header.addAll(List.of("container", "jvm", "first test"));
    }
    out.printf(Locale.ROOT, row + "  %s%n", concat(header, "status"));
    for (ShardResult result : results) {
      Totals shard = result.totals();
      Integer exit = result.exit().exitCode();
      List<Object> cells =
          new ArrayList<>(
              List.of(
                  result.shard().id(),
                  Integer.toString(result.shard().classes().size()),
                  Integer.toString(shard.tests()),
                  Integer.toString(shard.failures()),
                  Integer.toString(shard.errors()),
                  Integer.toString(shard.skipped()),
                  String.format(Locale.ROOT, "%.1f", result.durationSeconds()),
                  exit == null ? "-" : exit.toString()));
      if (timings) {
        RunTimings.ShardTiming timing = result.timing();
        cells.add(seconds(timing == null ? null : timing.containerStartSeconds()));
        cells.add(seconds(timing == null ? null : timing.jvmStartSeconds()));
        cells.add(seconds(timing == null ? null : timing.firstTestSeconds()));
      }
      String status =
          statusWord(result.status())
              + (result.lostReason() == null
                  ? ""
                  : ": " + ProgressText.firstLine(result.lostReason()));
      out.printf(Locale.ROOT, row + "  %s%n", concat(cells, status));
    }
  }

  /**
   * Every failed or errored test with its message and the log that holds its output, at most
   * {@value #MAX_FAILURES_SHOWN}; the tests a lost shard never ran are one line per shard.
   */
  private void printFailures(List<ShardResult> results, Path reportDir) {
    List<String> lines = new ArrayList<>();
    int failures = 0;
    for (ShardResult result : results) {
      Path log = logOf(reportDir, result);
      int lost = 0;
      for (TestSuiteResult suite : result.suites()) {
        for (TestCaseResult testCase : suite.testCases()) {
          if (AttemptMerging.isLost(testCase)) {
            lost++;
          } else if (testCase.outcome() == Outcome.FAILED || testCase.outcome() == Outcome.ERROR) {
            if (failures++ < MAX_FAILURES_SHOWN) {
              lines.add(failureLine(testCase, result.shard().id()));
              lines.add("    output: " + log);
            }
          }
        }
      }
      if (lost > 0) {
        lines.add(
            String.format(
                Locale.ROOT,
                "  %s   %s: %d test%s never reported: %s",
                palette.lost("LOST"),
                result.shard().id(),
                lost,
                lost == 1 ? "" : "s",
                ProgressText.firstLine(result.lostReason())));
        lines.add("    output: " + log);
      }
    }
    if (lines.isEmpty()) {
      return;
    }
    out.println();
    out.println("Failures:");
    lines.forEach(out::println);
    if (failures > MAX_FAILURES_SHOWN) {
      out.printf(
          Locale.ROOT,
          "  ... and %d more (all of them in %s)%n",
          failures - MAX_FAILURES_SHOWN,
          reportDir.resolve("summary.json"));
    }
  }

  private String statusWord(ShardStatus status) {
    String word = status.name().toLowerCase(Locale.ROOT);
    return switch (status) {
      case PASSED -> palette.passed(word);
      case FAILED -> palette.failed(word);
      case LOST -> palette.lost(word);
    };
  }

  /** One failure, its message's first line whole: the useful part is often at its end. */
  private String failureLine(TestCaseResult testCase, String shard) {
    String message =
        testCase.problem() == null || testCase.problem().message() == null
            ? ""
            : ": " + ProgressText.firstLine(testCase.problem().message());
    return String.format(
        Locale.ROOT,
        "  %s %s [%s]%s",
        testCase.outcome() == Outcome.FAILED
            ? palette.failed("FAILED")
            : palette.error("ERROR") + " ",
        ProgressText.testLabel(testCase.className(), testCase.name()),
        shard,
        message);
  }

  private static Path logOf(Path reportDir, ShardResult result) {
    return reportDir
        .resolve("shards")
        .resolve(result.shard().directoryName())
        .resolve("output.log");
  }

  private static String seconds(Double value) {
    return value == null || value <= 0 ? "-" : String.format(Locale.ROOT, "%.1f", value);
  }

  private static Object[] concat(List<Object> cells, Object last) {
    List<Object> all = new ArrayList<>(cells);
    all.add(last);
    return all.toArray();
  }
}
