package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.DockerJavaEngine;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI interrupted (SIGINT, as Ctrl-C sends) or killed (SIGKILL) mid-run, and two runs of one
 * project at the same time: nothing of a finished or dead run stays in Docker, and a live run's
 * resources are never touched.
 */
class InterruptsIT {

  @TempDir static Path shared;
  private static Path project;

  @BeforeAll
  static void buildTheFaultsProjectOnce() throws Exception {
    project = Examples.copy("faults", shared.resolve("faults"));
    Cli.Result plan = Cli.run("plan", "--project", project.toString());
    assertThat(plan.exitCode()).as(plan.err()).isZero();
  }

  @Test
  void ctrlCRemovesTheRunsContainersAndImageWithinTenSeconds() throws Exception {
    RunningCli cli = RunningCli.startSlowShard(project, shared.resolve("report-int"));

    signal(cli.process.pid(), "INT");
    long start = System.nanoTime();
    assertThat(cli.process.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(leftovers(cli.runId())).as("leftovers of " + cli.runId()).isTrue();
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
    assertThat(shared.resolve("report-int/TEST-testshard.xml")).doesNotExist();
  }

  @Test
  void whatAKilledRunLeftIsRemovedByClean() throws Exception {
    RunningCli cli = RunningCli.startSlowShard(project, shared.resolve("report-kill"));

    signal(cli.process.pid(), "KILL");
    assertThat(cli.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(leftovers(cli.runId())).as("a killed run cannot clean up after itself").isFalse();

    Cli.Result clean = Cli.run("clean");

    assertThat(clean.exitCode()).as(clean.err()).isZero();
    assertThat(leftovers(cli.runId())).isTrue();
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

  /** The packaged CLI running the 60-second slow shard, once its shard has started. */
  private record RunningCli(Process process, String runId) {

    /** GNU env 8.31 and later can reset a signal's disposition before it starts a command. */
    static boolean envResetsSignals() {
      try {
        return new ProcessBuilder("env", "--default-signal=INT", "true").start().waitFor() == 0;
      } catch (Exception e) {
        return false;
      }
    }

    static RunningCli startSlowShard(Path project, Path reportDir) throws Exception {
      List<String> command = new ArrayList<>();
      // A background job of a non-interactive shell starts with SIGINT ignored, and a JVM keeps
      // an ignored SIGINT ignored: give the CLI the default disposition, as a terminal would.
      if (envResetsSignals()) {
        command.addAll(List.of("env", "--default-signal=INT"));
      }
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-jar");
      command.add(System.getProperty("testshard.jar", "target/testshard.jar"));
      command.addAll(
          List.of(
              "run",
              "--project",
              project.toString(),
              "--no-build",
              "--shard-by",
              "package",
              "--include",
              "com\\.example\\.faults\\.slow\\..*",
              "--report-dir",
              reportDir.toString()));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      AtomicReference<String> runId = new AtomicReference<>();
      CountDownLatch started = new CountDownLatch(1);
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader lines =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = lines.readLine()) != null) {
                    System.out.println("[cli] " + line);
                    if (line.startsWith("testshard run ")) {
                      runId.set(line.split(" ")[2]);
                    }
                    if (line.contains("slow test")
                        || line.contains("start  com.example.faults.slow")) {
                      started.countDown();
                    }
                  }
                } catch (java.io.IOException e) {
                  // the process ended
                }
              },
              "cli-output");
      reader.setDaemon(true);
      reader.start();
      assertThat(started.await(2, TimeUnit.MINUTES)).as("the slow shard started").isTrue();
      // Let the container get going: the test is in its first 20-second sleep.
      Thread.sleep(3000);
      return new RunningCli(process, runId.get());
    }
  }
}
