package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.DockerJavaEngine;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per fault of {@code examples/faults}, on the real engine: every planned test is in the
 * merged report (passed, failed, or an error naming the cause), the exit code is the documented
 * one, and nothing labelled with the run is left behind.
 */
class FaultsIT {

  @TempDir static Path shared;
  private static Path project;

  @TempDir Path temp;

  @BeforeAll
  static void buildTheFaultsProjectOnce() throws Exception {
    project = Examples.copy("faults", shared.resolve("faults"));
    Cli.Result plan = Cli.run("plan", "--project", project.toString());
    assertThat(plan.exitCode()).as(plan.err()).isZero();
  }

  @Test
  void shardContainersRunUnprivilegedWithoutCapabilitiesOrNetwork() throws Exception {
    Run run = run("sandbox");

    assertThat(run.result.exitCode()).as(run.result.out()).isZero();
    assertThat(run.report.rootTotals.tests()).isEqualTo(4);
    assertThat(run.report.rootTotals.skipped()).isZero();
  }

  @Test
  void aTestThatCallsSystemExitLosesTheRestOfItsShard() throws Exception {
    Run run = run("exit");

    assertThat(run.result.exitCode()).isEqualTo(4);
    assertThat(run.outcome("com.example.faults.exit.ExitTest", "beforeExit"))
        .isEqualTo(Outcome.PASSED);
    assertLost(run, "com.example.faults.exit.ExitTest", "exitsTheJvm", "exited with code 3");
    assertLost(run, "com.example.faults.exit.ExitTest", "afterExit", "exited with code 3");
    assertThat(run.report.summary.get("outcome").asText()).isEqualTo("infrastructure-failure");
  }

  @Test
  void aShardThatRunsOutOfMemoryIsLostWithTheCause() throws Exception {
    Run run = run("oom", "--memory", "256m");

    assertThat(run.result.exitCode()).isEqualTo(4);
    assertThat(run.outcome("com.example.faults.oom.OutOfMemoryTest", "beforeOutOfMemory"))
        .isEqualTo(Outcome.PASSED);
    TestCaseResult lost =
        run.report
            .testCase("com.example.faults.oom.OutOfMemoryTest", "afterOutOfMemory")
            .orElseThrow();
    assertThat(lost.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(lost.problem().message()).containsAnyOf("OutOfMemoryError", "out of memory");
  }

  @Test
  void aHangingTestIsStoppedAtTheShardTimeoutWithItsPartialResultsKept() throws Exception {
    long start = System.nanoTime();
    Run run = run("hang", "--shard-timeout", "15s");

    assertThat((System.nanoTime() - start) / 1e9).isLessThan(120);
    assertThat(run.result.exitCode()).isEqualTo(4);
    assertThat(run.outcome("com.example.faults.hang.HangTest", "beforeHang"))
        .isEqualTo(Outcome.PASSED);
    assertLost(
        run, "com.example.faults.hang.HangTest", "sleepsForTenMinutes", "shard timeout of 15s");
    assertLost(run, "com.example.faults.hang.HangTest", "afterHang", "shard timeout of 15s");
  }

  @Test
  void theRunTimeoutStopsEveryShardStillRunning() throws Exception {
    Run run = run("slow", "--timeout", "12s");

    assertThat(run.result.exitCode()).isEqualTo(4);
    assertLost(
        run, "com.example.faults.slow.SlowShardTest", "thirdTwentySeconds", "run timeout of 12s");
  }

  @Test
  void aContainerKilledFromOutsideIsLostAndTheOtherTestsKeepTheirResults() throws Exception {
    Writer killOnStart =
        new Writer() {
          private final StringBuilder seen = new StringBuilder();
          private boolean killed;

          @Override
          public void write(char[] buffer, int offset, int length) {
            seen.append(buffer, offset, length);
            if (!killed && seen.indexOf("start  com.example.faults.slow") >= 0) {
              killed = true;
              new Thread(FaultsIT::killSlowShardSoon, "kill-slow-shard").start();
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Run run = run(killOnStart, "slow");

    assertThat(run.result.exitCode()).isEqualTo(4);
    assertLost(run, "com.example.faults.slow.SlowShardTest", "thirdTwentySeconds", "SIGKILL");
  }

  @Test
  void anUnreadableEventStreamMakesTheShardLostEvenThoughEveryTestPassed() throws Exception {
    Run run = run("protocol");

    assertThat(run.result.exitCode()).isEqualTo(4);
    assertThat(run.report.summary.get("shards").get(0).get("lostReason").asText())
        .contains("unreadable")
        .contains("not valid JSON")
        .contains("{this is not json");
  }

  @Test
  void tenMegabytesOfHostileOutputGiveAValidAndBoundedReport() throws Exception {
    Run run = run("noise");

    assertThat(run.result.exitCode()).as(run.result.err()).isEqualTo(1);
    TestCaseResult noisy =
        run.report
            .testCase(
                "com.example.faults.noise.NoisyOutputTest",
                "printsTenMegabytesOfHostileOutputThenFails")
            .orElseThrow();
    assertThat(noisy.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(noisy.problem().message()).isEqualTo("noisy failure ]]>\uFFFD\uFFFD");
    // Head as printed, minus the escape codes; then the capture's end and a pointer to the log.
    assertThat(noisy.systemOut())
        .startsWith("noisy head nul:\uFFFD bs:\uFFFD ]]> esc:\n")
        .contains("full output: shards/com.example.faults.noise/output.log")
        .contains("the capture of this output stops here")
        .hasSizeLessThan(70_000);
    assertThat(noisy.systemErr()).startsWith("noisy stderr ]]> nul:\uFFFD");
    Path merged = run.report.dir.resolve("TEST-testshard.xml");
    assertThat(Files.size(merged)).isLessThan(200_000);
    assertThat(Files.readString(merged)).doesNotContain("\u001B").doesNotContain("\u0000");
    Path log = run.report.dir.resolve("shards/com.example.faults.noise/output.log");
    assertThat(Files.size(log)).isGreaterThan(10_000_000);
    assertThat(Files.readString(log)).contains("noisy line 199999").contains("noisy tail");
  }

  @Test
  void aClassThatCannotBeInitialisedFailsAloneAndItsNeighbourStillPasses() throws Exception {
    Run run = run("unloadable");

    assertThat(run.result.exitCode()).isEqualTo(1);
    assertThat(run.outcome("com.example.faults.unloadable.LoadableTest", "addsNumbers"))
        .isEqualTo(Outcome.PASSED);
    List<TestCaseResult> unloadable = run.casesOf("com.example.faults.unloadable.UnloadableTest");
    assertThat(unloadable).isNotEmpty().allMatch(c -> c.outcome() == Outcome.ERROR);
    assertThat(unloadable.get(0).problem().stackTrace()).contains("static init fails on purpose");
  }

  @Test
  void filesThatGitOrTestshardignoreExcludeAreNotInTheSnapshot() throws Exception {
    Path gitProject = Examples.copy("faults", temp.resolve("git-faults"));
    Files.writeString(gitProject.resolve("ignored-by-git.txt"), "must not be in the image\n");
    Process init = new ProcessBuilder("git", "init", "-q").directory(gitProject.toFile()).start();
    assertThat(init.waitFor()).isZero();

    Cli.Result result =
        Cli.run(
            "run",
            "--project",
            gitProject.toString(),
            "--include",
            "com\\.example\\.faults\\.secrets\\..*",
            "--report-dir",
            temp.resolve("report").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    RunReport report = new RunReport(temp.resolve("report"));
    assertThat(report.rootTotals.tests()).isEqualTo(4);
    assertThat(report.rootTotals.skipped()).isZero();
    assertThat(report.leftovers().isEmpty()).isTrue();
  }

  @Test
  void aTestThatPassesOnARerunIsFlakyAndOneThatAlwaysFailsCarriesItsReruns() throws Exception {
    Run run = run("flaky", "--rerun-failing", "2");

    assertThat(run.result.exitCode()).as(run.result.err()).isEqualTo(1);
    TestCaseResult flaky =
        run.report
            .testCase("com.example.faults.flaky.FlakyTest", "failsOnFirstAttemptOnly")
            .orElseThrow();
    assertThat(flaky.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(flaky.flaky()).isTrue();
    assertThat(flaky.reruns()).hasSize(1);
    assertThat(flaky.reruns().get(0).problem().message()).contains("fails on attempt 1");
    TestCaseResult always =
        run.report
            .testCase("com.example.faults.flaky.AlwaysFailsTest", "alwaysFails")
            .orElseThrow();
    assertThat(always.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(always.reruns()).hasSize(2);
    assertThat(run.report.rootTotals.tests()).isEqualTo(4);
    assertThat(run.report.summary.get("flaky").size()).isEqualTo(1);
    assertThat(run.report.summary.get("totals").get("flaky").asInt()).isEqualTo(1);
    assertThat(run.result.out()).contains("Flaky").contains("failsOnFirstAttemptOnly");
  }

  /**
   * Without {@code --rerun-failing}, a module whose Surefire re-runs failing tests gets the same
   * re-runs: here its {@code rerunFailingTestsCount} comes from the property Surefire reads it
   * from, in a build of its own (the other tests share one built without it).
   */
  @Test
  void theModulesOwnRerunFailingTestsCountRerunsItsFailedTests() throws Exception {
    Path own = Examples.copy("faults", temp.resolve("faults-reruns"));
    Path reportDir = temp.resolve("report-reruns");

    Cli.Result result =
        Cli.run(
            Writer.nullWriter(),
            "run",
            "--project",
            own.toString(),
            "--maven-arg=-Dsurefire.rerunFailingTestsCount=2",
            "--shard-by",
            "package",
            "--include",
            "com\\.example\\.faults\\.flaky\\..*",
            "--report-dir",
            reportDir.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
    RunReport report = new RunReport(reportDir);
    TestCaseResult flaky =
        report
            .testCase("com.example.faults.flaky.FlakyTest", "failsOnFirstAttemptOnly")
            .orElseThrow();
    assertThat(flaky.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(flaky.flaky()).isTrue();
    TestCaseResult always =
        report.testCase("com.example.faults.flaky.AlwaysFailsTest", "alwaysFails").orElseThrow();
    assertThat(always.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(always.reruns()).hasSize(2);
    assertThat(result.out()).contains("re-running 2 failed test(s)");
  }

  @Test
  void aFlakyTestAloneDoesNotFailTheRun() throws Exception {
    Run run =
        runIncluding(
            Writer.nullWriter(),
            "flaky-only",
            "com\\.example\\.faults\\.flaky\\.FlakyTest",
            "--rerun-failing",
            "1");

    assertThat(run.result.exitCode()).as(run.result.err()).isZero();
    assertThat(run.report.summary.get("outcome").asText()).isEqualTo("passed");
  }

  @Test
  void lostWorkIsRetriedInAFreshContainerAndStaysLostWhenItFailsAgain() throws Exception {
    Run run = run("exit", "--retry-lost", "1");

    assertThat(run.result.exitCode()).isEqualTo(4);
    assertThat(run.result.out()).contains("retrying lost work of 1 shard(s), attempt 2");
    assertLost(run, "com.example.faults.exit.ExitTest", "afterExit", "exited with code 3");
    assertThat(run.report.dir.resolve("shards/com.example.faults.exit/attempt-2/output.log"))
        .exists();
  }

  private static void killSlowShardSoon() {
    try (ContainerEngine engine = DockerJavaEngine.fromEnvironment()) {
      for (int i = 0; i < 100; i++) {
        List<String> ids = new ArrayList<>();
        for (ContainerEngine.Resource resource : engine.listLabelled("dev.testshard.shard")) {
          if (resource.kind() == ContainerEngine.Resource.Kind.CONTAINER
              && "com.example.faults.slow".equals(resource.labels().get("dev.testshard.shard"))) {
            ids.add(resource.id());
          }
        }
        if (!ids.isEmpty()) {
          Thread.sleep(3000);
          ids.forEach(engine::kill);
          return;
        }
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void assertLost(Run run, String className, String name, String cause) {
    TestCaseResult lost =
        run.report
            .testCase(className, name)
            .orElseThrow(() -> new AssertionError("no test case " + className + " > " + name));
    assertThat(lost.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(lost.problem().message()).contains(cause).contains("output.log");
  }

  private Run run(String faultPackage, String... options) throws Exception {
    return run(Writer.nullWriter(), faultPackage, options);
  }

  private Run run(Writer out, String faultPackage, String... options) throws Exception {
    return runIncluding(
        out, faultPackage, "com\\.example\\.faults\\." + faultPackage + "\\..*", options);
  }

  private Run runIncluding(Writer out, String name, String include, String... options)
      throws Exception {
    Path reportDir = temp.resolve("report-" + name);
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--project",
                project.toString(),
                "--no-build",
                // One fault per package, and the runs share a project whose timing history grows
                // from run to run: a fixed plan keeps every run the same.
                "--shard-by",
                "package",
                "--include",
                include,
                "--report-dir",
                reportDir.toString()));
    args.addAll(List.of(options));
    Cli.Result result = Cli.run(out, args.toArray(String[]::new));
    RunReport report = new RunReport(reportDir);
    assertThat(Counts.of(report.rootTotals)).isEqualTo(Counts.of(report.caseTotals()));
    assertThat(report.leftovers().isEmpty()).as("labelled leftovers").isTrue();
    return new Run(result, report);
  }

  private record Run(Cli.Result result, RunReport report) {
    Outcome outcome(String className, String name) {
      return report.testCase(className, name).orElseThrow().outcome();
    }

    List<TestCaseResult> casesOf(String className) {
      return report.suites.stream()
          .flatMap(suite -> suite.testCases().stream())
          .filter(c -> c.className().equals(className))
          .toList();
    }
  }
}
