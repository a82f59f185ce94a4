package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.DockerJavaEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CLI interrupted (SIGINT, as Ctrl-C sends, or SIGTERM) or killed (SIGKILL) mid-run, in fixed
 * shards and in dynamic mode, and two runs at the same time: nothing of a finished or dead run
 * stays in Docker, and a live run's resources are never touched. (A live run in another PID
 * namespace: {@link OwnEngineIT}.)
 */
class InterruptsIT {

  @TempDir static Path shared;
  private static Path project;

  @BeforeAll
  static void buildTheFaultsProjectOnce() throws Exception {
    project = PacedTests.addTo(Examples.copy("faults", shared.resolve("faults")));
    Cli.Result plan = Cli.run("plan", "--project", project.toString());
    assertThat(plan.exitCode()).as(plan.err()).isZero();
  }

  @ParameterizedTest(name = "SIG{0}, {1}")
  @CsvSource({"INT, fixed", "TERM, fixed", "INT, dynamic", "TERM, dynamic"})
  void aSignalRemovesTheRunsResourcesWithinSecondsAndExits130(String signal, String mode)
      throws Exception {
    Path reportDir = shared.resolve("report-" + signal + "-" + mode);
    RunningCli cli = RunningCli.start(List.of(), project, reportDir, mode);
    assertThat(leftovers(cli.runId())).as("the run is under way").isFalse();

    signal(cli.process().pid(), signal);
    long start = System.nanoTime();
    assertThat(cli.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(cli.process().exitValue()).as("exit code").isEqualTo(130);
    assertThat(leftovers(cli.runId())).as("leftovers of " + cli.runId()).isTrue();
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
    assertThat(reportDir.resolve("TEST-testshard.xml")).doesNotExist();
    assertThat(reportDir.resolve("summary.json")).doesNotExist();
  }

  /** Fixed shards: {@code clean} removes what the killed run left; dynamic: the next run does. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"fixed", "dynamic"})
  void whatAKilledRunLeftIsRemovedByCleanOrTheNextRun(String mode) throws Exception {
    RunningCli cli =
        RunningCli.start(List.of(), project, shared.resolve("report-kill-" + mode), mode);

    signal(cli.process().pid(), "KILL");
    assertThat(cli.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(cli.process().exitValue()).isEqualTo(137);
    assertThat(leftovers(cli.runId())).as("a killed run cannot clean up after itself").isFalse();

    Cli.Result next = mode.equals("fixed") ? Cli.run("clean") : runSecrets("after-kill");

    assertThat(next.exitCode()).as(next.err()).isZero();
    assertThat(leftovers(cli.runId())).isTrue();
    if (mode.equals("dynamic")) {
      assertThat(next.out()).containsPattern("removed \\d+ resources left by killed runs");
    }
  }

  @Test
  void twoRunsOfOneProjectAtTheSameTimeBothPass() throws Exception {
    CompletableFuture<Cli.Result> first = CompletableFuture.supplyAsync(() -> runSecrets("a"));
    CompletableFuture<Cli.Result> second = CompletableFuture.supplyAsync(() -> runSecrets("b"));

    assertThat(first.get(5, TimeUnit.MINUTES).exitCode()).isZero();
    assertThat(second.get(5, TimeUnit.MINUTES).exitCode()).isZero();
    assertThat(new RunReport(shared.resolve("report-a")).leftovers().isEmpty()).isTrue();
    assertThat(new RunReport(shared.resolve("report-b")).leftovers().isEmpty()).isTrue();
  }

  private static Cli.Result runSecrets(String name) {
    return Cli.run(
        "run",
        "--project",
        project.toString(),
        "--no-build",
        "--shard-by",
        "package",
        "--include",
        "com\\.example\\.faults\\.(secrets|unloadable\\.Loadable)\\..*",
        "--report-dir",
        shared.resolve("report-" + name).toString());
  }

  /** True when nothing labelled with the run is left. */
  private static boolean leftovers(String runId) {
    try (ContainerEngine engine = DockerJavaEngine.fromEnvironment()) {
      return engine.findLabelled("dev.testshard.run", runId).isEmpty();
    }
  }

  private static void signal(long pid, String signal) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start();
    assertThat(kill.waitFor()).isZero();
  }
}
