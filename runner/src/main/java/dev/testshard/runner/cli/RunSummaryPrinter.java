package dev.testshard.runner.cli;

import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import dev.testshard.report.Totals;
import dev.testshard.runner.exec.ShardResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The end-of-run text: a table per shard, the failures with where to look, the totals. */
final class RunSummaryPrinter {

  private static final int MAX_FAILURES_SHOWN = 30;

  private final PrintWriter out;

  RunSummaryPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(List<ShardResult> results, Totals totals, double wallSeconds, Path reportDir) {
    int width =
        Math.max(5, results.stream().mapToInt(r -> r.shard().id().length()).max().orElse(5));
    out.println();
    out.printf(
        Locale.ROOT,
        "%-" + width + "s %7s %6s %6s %6s %7s %9s  %s%n",
        "shard",
        "classes",
        "tests",
        "failed",
        "skipped",
        "seconds",
        "exit",
        "status");
    for (ShardResult result : results) {
      Totals shard = result.totals();
      Integer exit = result.exit().exitCode();
      out.printf(
          Locale.ROOT,
          "%-" + width + "s %7d %6d %6d %6d %7.1f %9s  %s%n",
          result.shard().id(),
          result.shard().classes().size(),
          shard.tests(),
          shard.failures() + shard.errors(),
          shard.skipped(),
          result.durationSeconds(),
          exit == null ? "-" : exit.toString(),
          result.status().name().toLowerCase(Locale.ROOT)
              + (result.lostReason() == null ? "" : ": " + result.lostReason()));
    }
    int shown = 0;
    int failures = totals.failures() + totals.errors();
    if (failures > 0) {
      out.println();
      out.println("Failures:");
      for (ShardResult result : results) {
        for (TestSuiteResult suite : result.suites()) {
          for (TestCaseResult testCase : suite.testCases()) {
            if (testCase.outcome() != Outcome.FAILED && testCase.outcome() != Outcome.ERROR) {
              continue;
            }
            if (shown++ < MAX_FAILURES_SHOWN) {
              String message =
                  testCase.problem() == null || testCase.problem().message() == null
                      ? ""
                      : ": " + firstLine(testCase.problem().message());
              out.printf(
                  Locale.ROOT,
                  "  %s %s > %s%s%n    output: %s%n",
                  testCase.outcome() == Outcome.FAILED ? "FAILED" : "ERROR ",
                  testCase.className(),
                  testCase.name(),
                  message,
                  reportDir
                      .resolve("shards")
                      .resolve(result.shard().directoryName())
                      .resolve("output.log"));
            }
          }
        }
      }
      if (shown > MAX_FAILURES_SHOWN) {
        out.printf(Locale.ROOT, "  ... and %d more (see the report)%n", shown - MAX_FAILURES_SHOWN);
      }
    }
    List<String> flaky = new ArrayList<>();
    for (ShardResult result : results) {
      for (TestSuiteResult suite : result.suites()) {
        for (TestCaseResult testCase : suite.testCases()) {
          if (testCase.flaky()) {
            flaky.add(
                testCase.className()
                    + " > "
                    + testCase.name()
                    + " (passed on attempt "
                    + testCase.attempts()
                    + ")");
          }
        }
      }
    }
    if (!flaky.isEmpty()) {
      out.println();
      out.println("Flaky (failed, then passed on a re-run):");
      flaky.forEach(line -> out.println("  " + line));
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "%d tests: %d passed, %d failed, %d errors, %d skipped; %.1f s of tests in %.1f s wall%n",
        totals.tests(),
        totals.passed(),
        totals.failures(),
        totals.errors(),
        totals.skipped(),
        totals.timeSeconds(),
        wallSeconds);
    out.println("report: " + reportDir.resolve("TEST-testshard.xml"));
  }

  private static String firstLine(String text) {
    String line = text.strip();
    int newline = line.indexOf('\n');
    line = newline < 0 ? line : line.substring(0, newline);
    return line.length() > 160 ? line.substring(0, 160) + "..." : line;
  }
}
