package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.testshard.report.Outcome;
import dev.testshard.report.Problem;
import dev.testshard.report.TestCaseResult;
import dev.testshard.runner.engine.RunResources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs on a Docker engine of the test's own (a second dockerd, see {@link SecondEngine}): a live
 * run in another PID namespace beside a {@code clean} here, then the engine killed mid-run. Its own
 * engine, because other runs on a shared engine may sweep with other rules, and because this one is
 * killed. It starts empty: the first run builds the base image from the host JDK there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OwnEngineIT {

  @TempDir static Path shared;
  private static Path project;
  private static SecondEngine engine;
  private static Map<String, String> env;

  @BeforeAll
  static void buildThePacedTestsAndStartAnEngine() throws Exception {
    project = PacedTests.addTo(Examples.copy("faults", shared.resolve("faults")));
    Cli.Result plan = Cli.run("plan", "--project", project.toString());
    assertThat(plan.exitCode()).as(plan.err()).isZero();
    engine = SecondEngine.start();
    env = Map.of("DOCKER_HOST", engine.host());
  }

  @AfterAll
  static void stopTheEngine() throws IOException {
    if (engine != null) {
      engine.close();
    }
  }

  /**
   * A live run in another PID namespace with the same host name (a CI job in a container, here
   * {@code unshare --pid}): its process id means nothing here, so {@code clean} (which sweeps as
   * another run's start does) must not take it for dead. It keeps its containers and reports all
   * its tests.
   */
  @Test
  @Order(1)
  void aLiveRunInAnotherPidNamespaceKeepsEverythingThroughCleanHere() throws Exception {
    assumeTrue(
        new ProcessBuilder("unshare", "--pid", "--fork", "--mount-proc", "true").start().waitFor()
            == 0,
        "needs root for unshare --pid --mount-proc");
    // Inside, the CLI's process id is one that no process has out here: a sweep by host name and
    // process id alone takes the run for dead (the bug this guards against).
    long foreignPid = freePidHere();
    Path reportDir = shared.resolve("report-foreign");
    RunningCli foreign =
        RunningCli.start(
            List.of(
                "unshare",
                "--pid",
                "--fork",
                "--mount-proc",
                "sh",
                "-c",
                "echo "
                    + (foreignPid - 1)
                    + " > /proc/sys/kernel/ns_last_pid 2>/dev/null; \"$@\"; exit $?",
                "sh"),
            env,
            project,
            reportDir,
            "dynamic");
    String owner =
        engine.docker(
            "ps",
            "--filter",
            "label=" + RunResources.RUN_LABEL + "=" + foreign.runId(),
            "--format",
            "{{.Label \"dev.testshard.host\"}} {{.Label \"dev.testshard.pid\"}}"
                + " {{.Label \"dev.testshard.pid-namespace\"}}");
    System.out.println("[it] the foreign run's containers, by owner:\n" + owner);
    String ourNamespace =
        Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString().replaceAll("\\D", "");
    assertThat(owner.lines().toList())
        .as("the run's containers")
        .isNotEmpty()
        .allSatisfy(
            line ->
                assertThat(line)
                    .startsWith(RunResources.thisHost() + " " + foreignPid + " ")
                    .doesNotEndWith(":" + ourNamespace));

    Cli.Result clean = Cli.runProcess(env, "clean");

    assertThat(clean.exitCode()).as(clean.err()).isZero();
    assertThat(clean.out()).contains("kept");
    assertThat(foreign.process().waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(foreign.process().exitValue()).as("the foreign run's exit code").isZero();
    RunReport report = new RunReport(reportDir);
    assertThat(report.caseTotals().tests()).isEqualTo(PacedTests.TESTS);
    for (String className : PacedTests.CLASSES) {
      for (String name : List.of("one", "two", "three")) {
        assertThat(report.testCase(className, name))
            .as(className + "." + name)
            .hasValueSatisfying(c -> assertThat(c.outcome()).isEqualTo(Outcome.PASSED));
      }
    }
    assertThat(
            engine.docker(
                "ps", "-aq", "--filter", "label=" + RunResources.RUN_LABEL + "=" + report.runId()))
        .as("the foreign run's leftovers")
        .isBlank();
  }

  /**
   * The engine dies mid-run (dockerd and its containerd killed with SIGKILL): the run ends at once
   * with exit 4, one line on stderr, and every planned test an error naming the engine.
   */
  @Test
  @Order(2)
  void theEngineKilledMidRunEndsTheRunWithEveryPlannedTestAnErrorNamingTheEngineAndExit4()
      throws Exception {
    Path reportDir = shared.resolve("report-engine-killed");
    RunningCli cli = RunningCli.start(List.of(), env, project, reportDir, "fixed");

    engine.kill();

    assertThat(cli.process().waitFor(60, TimeUnit.SECONDS)).as("the run ended").isTrue();
    assertThat(cli.process().exitValue()).as("exit code").isEqualTo(4);
    List<String> errors =
        cli.output().stream().filter(line -> line.startsWith("testshard: ")).toList();
    assertThat(errors)
        .singleElement()
        .asString()
        .contains("the Docker engine at " + engine.host() + " stopped answering");
    assertThat(String.join("\n", cli.output())).doesNotContain("\tat ", "Exception");
    RunReport report = new RunReport(reportDir);
    assertThat(report.caseTotals().tests()).isEqualTo(PacedTests.TESTS);
    assertThat(report.caseTotals().errors()).isEqualTo(PacedTests.TESTS);
    for (String className : PacedTests.CLASSES) {
      for (String name : List.of("one", "two", "three")) {
        TestCaseResult test = report.testCase(className, name).orElseThrow();
        assertThat(test.outcome()).as(name).isEqualTo(Outcome.ERROR);
        assertThat(test.problem().type()).isEqualTo(Problem.LOST_TYPE);
        assertThat(test.problem().message())
            .contains("Docker engine", "stopped answering")
            .doesNotContain("was stopped");
      }
    }

    // Once the engine is back, the next clean removes what the dead run left there.
    engine.restart();
    Cli.Result clean = Cli.runProcess(env, "clean");

    assertThat(clean.exitCode()).as(clean.err()).isZero();
    assertThat(engine.docker("ps", "-aq", "--filter", "label=" + RunResources.LABEL)).isBlank();
    assertThat(engine.docker("images", "-q", "--filter", "label=" + RunResources.LABEL)).isBlank();
  }

  /** A process id that no process (nor thread) has here, nor the one below it. */
  private static long freePidHere() throws IOException {
    // Files.readString reads /proc/sys/kernel/pid_max short ("3"): read it by lines.
    long max =
        Long.parseLong(Files.readAllLines(Path.of("/proc/sys/kernel/pid_max")).get(0).trim());
    long pid = max - 100;
    while (pid > 1000 && (taken(pid) || taken(pid - 1))) {
      pid--;
    }
    return pid;
  }

  private static boolean taken(long pid) {
    return Files.exists(Path.of("/proc/" + pid));
  }
}
