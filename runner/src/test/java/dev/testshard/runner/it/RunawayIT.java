package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of {@code examples/runaway} that would keep a run from ending or grow without bound, on the
 * real engine: each run ends (a test that hangs here fails at its timeout instead), every test is
 * in the report as expected, the exit code is the documented one, and nothing labelled with the run
 * is left behind.
 */
class RunawayIT {

  private static final String PACKAGE = "com.example.runaway.";
  private static final Pattern CUT_MARKER =
      Pattern.compile(" \\.\\.\\. \\[testshard: line cut after \\d+ bytes, (\\d+) more dropped\\]");

  @TempDir static Path shared;
  private static Path project;

  @TempDir Path temp;

  @BeforeAll
  static void buildTheRunawayProjectOnce() throws Exception {
    project = Examples.copy("runaway", shared.resolve("runaway"));
    Cli.Result plan = Cli.run("plan", "--project", project.toString());
    assertThat(plan.exitCode()).as(plan.err()).isZero();
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
  void aWorkerEndsAndKeepsEveryResultWhateverItsTestsLeftBehindOrFilledUp() throws Exception {
    // One worker runs them all, in one JVM; /tmp is a tmpfs of a quarter of 512m: 128 MiB.
    Run run =
        run(
            "leftovers",
            "(tmp|hooks|threads|process|output|disk)",
            "--parallel",
            "1",
            "--memory",
            "512m");

    assertThat(run.result.exitCode()).as(run.result.err()).isEqualTo(1);
    assertThat(run.report.rootTotals.tests()).isEqualTo(10);
    // An emptied /tmp (the queue is elsewhere), a leftover thread and child process: all passed.
    assertThat(run.outcome("tmp.EmptiesTmpTest", "deletesEverythingUnderTmp"))
        .isEqualTo(Outcome.PASSED);
    assertThat(run.outcome("tmp.EmptiesTmpTest", "afterEmptying")).isEqualTo(Outcome.PASSED);
    assertThat(run.outcome("threads.NonDaemonThreadTest", "leavesANonDaemonThreadRunning"))
        .isEqualTo(Outcome.PASSED);
    assertThat(run.outcome("process.ChildProcessTest", "leavesAChildProcessRunning"))
        .isEqualTo(Outcome.PASSED);
    // A shutdown hook that never returns: the JVM is halted after the final event.
    assertThat(run.outcome("hooks.ShutdownHookNeverReturnsTest", "registersAHookThatNeverReturns"))
        .isEqualTo(Outcome.PASSED);
    Path log = run.report.dir.resolve("shards/worker-1/output.log");
    assertThat(Files.readString(log))
        .contains("shutdown hooks still running 10 s after the agent's final event");
    // 50 MB on one line: the capture is capped, the line on the agent's stream cut at 16 MiB.
    TestCaseResult printed =
        run.report
            .testCase(PACKAGE + "output.HugeLineTest", "printsFiftyMegabytesWithoutALineEnd")
            .orElseThrow();
    assertThat(printed.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(printed.systemOut())
        .startsWith("xxxx")
        .contains("the capture of this output stops here")
        .hasSizeLessThan(100_000)
        // The next test's bytes, written straight to the agent's stream while the agent wrote this
        // test's event, land between events, never inside this one's output.
        .doesNotContain("yyyy");
    assertThat(
            run.outcome("output.HugeLineTest", "writesFiftyMegabytesOnOneLineToTheProcessOutput"))
        .isEqualTo(Outcome.PASSED);
    assertThat(run.outcome("output.HugeLineTest", "afterTheHugeLines")).isEqualTo(Outcome.PASSED);
    assertThat(Files.size(run.report.dir.resolve("TEST-testshard.xml"))).isLessThan(500_000);
    assertThat(Files.size(log)).isLessThan(80L << 20);
    // The agent's events, written meanwhile, may land inside the line and start a new one: a part
    // longer than 16 MiB is cut there, and every byte of the 50 MB is kept or counted as dropped.
    String written = Files.readString(log);
    assertThat(written).contains("yyyy ... [testshard: line cut after 16777216 bytes, ");
    assertThat(bytesKeptOrDropped(written, 'y')).isEqualTo(50L << 20);
    // A full /tmp: the test fails with the cause, the next one runs.
    TestCaseResult full =
        run.report
            .testCase(PACKAGE + "disk.FillsTmpTest", "writesUntilTheDiskIsFull")
            .orElseThrow();
    assertThat(full.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(full.problem().message()).contains("No space left on device");
    assertThat(run.outcome("disk.FillsTmpTest", "afterFillingTheDisk")).isEqualTo(Outcome.PASSED);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
  void withoutATimeoutATestThatNeverEndsIsStoppedAtTheDefaultDeadlineAfterAWarning()
      throws Exception {
    // The default deadline's floor is 10 minutes; the hidden option makes it testable.
    Run run = run("stuck", "stuck", "--min-stall-limit", "6s");

    assertThat(run.result.exitCode()).as(run.result.err()).isEqualTo(4);
    assertThat(run.outcome("stuck.NeverEndsTest", "beforeNeverEnding")).isEqualTo(Outcome.PASSED);
    TestCaseResult lost =
        run.report.testCase(PACKAGE + "stuck.NeverEndsTest", "neverEnds").orElseThrow();
    assertThat(lost.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(lost.problem().message())
        .contains("no test ended for 6s (the default deadline")
        .contains("output.log");
    assertThat(run.result.out() + run.result.err())
        .contains("worker-1 has made no progress for 3s in " + PACKAGE + "stuck.NeverEndsTest");
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
  void aThreadBombLosesItsShardWithTheCauseAndTheRunEnds() throws Exception {
    Run run = run("bomb", "bomb", "--pids-limit", "300");

    // JUnit rethrows an OutOfMemoryError as unrecoverable: the agent ends, its shard is lost.
    assertThat(run.result.exitCode()).as(run.result.err()).isEqualTo(4);
    for (String test : List.of("startsThreadsWithoutEnd", "afterTheBomb")) {
      TestCaseResult lost =
          run.report.testCase(PACKAGE + "bomb.ThreadBombTest", test).orElseThrow();
      assertThat(lost.outcome()).isEqualTo(Outcome.ERROR);
      assertThat(lost.problem().message())
          .contains("OutOfMemoryError: unable to create native thread")
          .contains("output.log");
    }
  }

  private Run run(String name, String packages, String... options) throws Exception {
    Path reportDir = temp.resolve("report-" + name);
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--project",
                project.toString(),
                "--no-build",
                "--include",
                "com\\.example\\.runaway\\." + packages + "\\..*",
                "--report-dir",
                reportDir.toString()));
    args.addAll(List.of(options));
    Cli.Result result = Cli.run(args.toArray(String[]::new));
    RunReport report = new RunReport(reportDir);
    assertThat(Counts.of(report.rootTotals)).isEqualTo(Counts.of(report.caseTotals()));
    assertThat(report.leftovers().isEmpty()).as("labelled leftovers").isTrue();
    return new Run(result, report);
  }

  private record Run(Cli.Result result, RunReport report) {
    Outcome outcome(String className, String name) {
      return report
          .testCase(PACKAGE + className, name)
          .orElseThrow(() -> new AssertionError("no test case " + className + " > " + name))
          .outcome();
    }
  }

  /**
   * The bytes of the runs of {@code c} longer than a thousand in {@code log}, each with what its
   * cut marker, if it has one, says was dropped after it.
   */
  private static long bytesKeptOrDropped(String log, char c) {
    Matcher cut = CUT_MARKER.matcher(log);
    long total = 0;
    int i = 0;
    while (i < log.length()) {
      int start = i;
      while (i < log.length() && log.charAt(i) == c) {
        i++;
      }
      if (i - start > 1000) {
        total += i - start;
        if (cut.find(i) && cut.start() == i) {
          total += Long.parseLong(cut.group(1));
        }
      }
      i = Math.max(i, start + 1);
    }
    return total;
  }
}
