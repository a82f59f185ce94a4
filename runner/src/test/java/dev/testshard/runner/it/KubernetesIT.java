package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --kubernetes} on the project's real two-node lab cluster: the run's image pushed to
 * the lab's registry, one pod per shard, the test cases and outcomes Surefire reports, and no pod
 * of the run left afterwards.
 */
class KubernetesIT {

  private static final Pattern NODE = Pattern.compile("testshard: pod \\S+ on node (\\S+),");

  private static KubernetesLab lab;

  @TempDir Path temp;

  @BeforeAll
  static void startTheLab() throws Exception {
    lab = KubernetesLab.ensure();
  }

  private Cli.Result onCluster(String example, Path reportDir, String... options) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "run",
                "--project",
                Examples.dir(example).toString(),
                "--shard-by",
                "package",
                "--parallel",
                "4",
                "--report-dir",
                reportDir.toString(),
                "--kubernetes",
                "--registry",
                lab.registry() + "/testshard"));
    args.addAll(List.of(options));
    return Cli.run(args.toArray(String[]::new));
  }

  /**
   * Two runs at once on the cluster: notes-service, each shard's pod with its own PostgreSQL beside
   * the agent (the image built here, so pushed to the registry), migrated by its setup step; and,
   * from a second process, multi-package as dynamic workers fed their batches through attach.
   */
  @Test
  void twoRunsAtOnceNotesServiceWithADatabasePerPodAndMultiPackageAsDynamicWorkers()
      throws Exception {
    PostgresImage.ensure();
    Path notes = temp.resolve("notes");
    Path workers = temp.resolve("workers");
    CompletableFuture<Cli.Result> dynamicRun =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Cli.runProcess(
                    Map.of("KUBECONFIG", lab.kubeconfig()),
                    "run",
                    "--project",
                    Examples.dir("multi-package").toString(),
                    "--parallel",
                    "3",
                    "--report-dir",
                    workers.toString(),
                    "--kubernetes",
                    "--registry",
                    lab.registry() + "/testshard");
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    Cli.Result notesRun = onCluster("notes-service", notes);
    Cli.Result workersRun = dynamicRun.get(15, TimeUnit.MINUTES);

    assertThat(notesRun.exitCode()).as(notesRun.err()).isZero();
    assertThat(notesRun.out())
        .contains("service image testshard-example/postgres:15 (built here) pushed as")
        .contains("services of ");
    assertThat(Counts.of(Examples.totalsOf(List.of(notes.resolve("TEST-testshard.xml")))))
        .isEqualTo(Counts.of(Examples.expected("notes-service")));
    assertThat(workersRun.exitCode()).as(workersRun.err() + workersRun.out()).isZero();
    assertThat(workersRun.out()).contains("start  worker-");
    assertThat(cases(workers)).hasSize(475);
    assertThat(nodesOf(workers)).containsExactlyInAnyOrder("tslab-n1", "tslab-n2");
    assertNoPodLeft(notes);
    assertNoPodLeft(workers);
  }

  /**
   * multi-package's packages as pods on both nodes, with Surefire's test cases, and no pod left;
   * the API server killed for 4 s while the shards' pods run: their log streams end with an error
   * and are opened again, skipping what was read, so every test is still reported once.
   */
  @Test
  void runsMultiPackageAsPodsOnBothNodesWithSurefiresCasesThroughAnApiServerRestart()
      throws Exception {
    Path cluster = temp.resolve("restart");
    CompletableFuture<Void> restart =
        CompletableFuture.runAsync(
            () -> {
              try {
                for (int i = 0; i < 240; i++) {
                  String running =
                      lab.kubectl(
                          "get",
                          "pods",
                          "-l",
                          "dev.testshard=true,!dev.testshard.kept-pod",
                          "--field-selector",
                          "status.phase=Running",
                          "-o",
                          "name");
                  if (running.lines().filter(line -> line.startsWith("pod/")).count() >= 2) {
                    Thread.sleep(2000);
                    lab.restartApiServer(4);
                    return;
                  }
                  Thread.sleep(500);
                }
                throw new IllegalStateException("no two pods ran within 2 minutes");
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    Cli.Result run = onCluster("multi-package", cluster);
    restart.get(5, TimeUnit.MINUTES);

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    assertThat(run.out()).contains("image pushed as " + lab.registry() + "/testshard:");
    assertThat(cases(cluster))
        .as("classname, name and outcome of every test case, as Surefire reports them")
        .containsExactlyElementsOf(Examples.expectedTests("multi-package").orElseThrow())
        .hasSize(475);
    assertThat(logsOfShards(cluster)).contains("reading it again, skipping those");
    assertThat(nodesOf(cluster)).containsExactlyInAnyOrder("tslab-n1", "tslab-n2");
    assertNoPodLeft(cluster);
  }

  /**
   * surefire-config's tests pass only with every Surefire setting honoured (argLine, system
   * properties, environment, working directory, tags, includes); in dynamic workers on the cluster
   * they give Surefire's tests, and the workers' JaCoCo data, sent as events since nothing is
   * copied out of a pod, merges into the coverage a Surefire run gives.
   */
  @Test
  void surefireConfigGivesSurefiresTestsAndCoverageFromPods() throws Exception {
    Path bySurefire = SurefireRuns.of("surefire-config");
    Path onCluster = Examples.copy("surefire-config", temp.resolve("cluster"));

    Cli.Result run =
        Cli.run(
            "run",
            "--project",
            onCluster.toString(),
            "--parallel",
            "2",
            "--kubernetes",
            "--registry",
            lab.registry() + "/testshard");

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    assertThat(run.out()).contains("start  worker-");
    assertThat(
            SurefireRuns.testsIn(List.of(onCluster.resolve("target/testshard/TEST-testshard.xml"))))
        .isEqualTo(SurefireRuns.testsIn(SurefireRuns.reports("surefire-config")));
    assertThat(run.out()).contains("coverage: JaCoCo data of");
    assertThat(SurefireRuns.coveredLines(onCluster))
        .isEqualTo(SurefireRuns.coveredLines(bySurefire))
        .isNotEmpty();
    assertNoPodLeft(onCluster.resolve("target/testshard"));
  }

  /**
   * With {@code --keep-on-failure}, a shard whose service never got ready keeps its pod, the
   * service still running and reachable with the printed {@code kubectl exec}; once the run is
   * over, {@code clean --kubernetes} deletes the pod and the run's policy.
   */
  @Test
  void keepOnFailureKeepsTheFailedShardsPodUntilClean() throws Exception {
    PostgresImage.ensure();
    Path project = Examples.copy("junit5-10", temp.resolve("junit5-10"));
    Path config = temp.resolve("testshard.yaml");
    Files.writeString(
        config,
        """
        services:
          db:
            image: testshard-example/postgres:15
            env: { POSTGRES_PASSWORD: secret }
            ready: { log: "no such line", timeout: 3s }
        """);
    Path reports = temp.resolve("kept");

    // A process of its own, as a user runs it: once it has exited, its run is over and clean may
    // delete what it kept.
    Cli.Result run =
        Cli.runProcess(
            Map.of("KUBECONFIG", lab.kubeconfig()),
            "run",
            "--project",
            project.toString(),
            "--config=" + config,
            "--report-dir=" + reports,
            "--include=.*RpnCalculatorTest",
            "--keep-on-failure",
            "--kubernetes",
            "--registry",
            lab.registry() + "/testshard");

    assertThat(run.exitCode()).as(run.out()).isEqualTo(4);
    Matcher exec =
        Pattern.compile("kubectl -n (\\S+) exec -it (\\S+) -c (\\S+) -- sh").matcher(run.out());
    assertThat(exec.find()).as(run.out()).isTrue();
    assertThat(run.out()).contains("testshard clean --kubernetes");
    String runId = new RunReport(reports).runId();
    assertThat(podsOf(runId)).as("the kept pod").contains("pod/" + exec.group(2));
    assertThat(
            lab.kubectl(
                "exec",
                "-n",
                exec.group(1),
                exec.group(2),
                "-c",
                exec.group(3),
                "--",
                "echo",
                "inside"))
        .as("the kept service still runs")
        .contains("inside");

    Cli.Result clean = Cli.run("clean", "--kubernetes");

    assertThat(clean.exitCode()).as(clean.err()).isZero();
    assertThat(podsOf(runId)).as("pods of run " + runId + " after clean").doesNotContain("pod/");
    assertThat(
            lab.kubectl(
                "get", "networkpolicies", "-A", "-l", "dev.testshard.run=" + runId, "-o", "name"))
        .doesNotContain("networkpolicy");
  }

  /**
   * A run killed with SIGKILL leaves its pods, which {@code clean --kubernetes} deletes (its CLI is
   * gone); a run interrupted with Ctrl-C deletes its own and exits 130.
   */
  @Test
  void cleanDeletesAKilledRunsPodsAndCtrlCLeavesNone() throws Exception {
    Path project = PacedTests.addTo(Examples.copy("faults", temp.resolve("faults")));
    Cli.Result plan = Cli.run("plan", "--project", project.toString());
    assertThat(plan.exitCode()).as(plan.err()).isZero();

    RunningCli killed = startOnCluster(project, "killed");
    new ProcessBuilder("kill", "-KILL", Long.toString(killed.process().pid())).start().waitFor();
    assertThat(killed.process().waitFor(60, TimeUnit.SECONDS)).as("killed").isTrue();
    assertThat(podsOf(killed.runId())).as("a killed run cannot clean up").contains("pod/");
    Cli.Result clean = Cli.run("clean", "--kubernetes");
    assertThat(clean.exitCode()).as(clean.err()).isZero();
    assertThat(clean.out()).containsPattern("removed [1-9]\\d* pods, 1 network policies");
    assertThat(podsOf(killed.runId())).as("pods of run " + killed.runId()).doesNotContain("pod/");

    RunningCli interrupted = startOnCluster(project, "interrupted");
    assertThat(podsOf(interrupted.runId())).as("the run's pods while it runs").contains("pod/");
    new ProcessBuilder("kill", "-INT", Long.toString(interrupted.process().pid()))
        .start()
        .waitFor();
    assertThat(interrupted.process().waitFor(60, TimeUnit.SECONDS)).as("ended").isTrue();
    assertThat(interrupted.process().exitValue())
        .as(String.join("\n", interrupted.output()))
        .isEqualTo(130);
    assertThat(podsOf(interrupted.runId()))
        .as("pods of run " + interrupted.runId())
        .doesNotContain("pod/");
    assertThat(
            lab.kubectl(
                "get",
                "networkpolicies",
                "-A",
                "-l",
                "dev.testshard.run=" + interrupted.runId(),
                "-o",
                "name"))
        .doesNotContain("networkpolicy");
  }

  /**
   * The cluster is set up while Maven builds (its sweep and the run's network policy): a build that
   * then fails leaves nothing of the run on the cluster.
   */
  @Test
  void aBuildThatFailsLeavesNothingOnTheCluster() throws Exception {
    Path project = Examples.copy("multi-package", temp.resolve("broken"));
    Files.writeString(
        project.resolve("src/main/java/com/example/shop/catalog/Broken.java"),
        "class Broken { does not compile }");
    Cli.Result run =
        Cli.run(
            "run",
            "--project",
            project.toString(),
            "--report-dir",
            temp.resolve("broken-report").toString(),
            "--kubernetes",
            "--registry",
            lab.registry() + "/testshard");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    Matcher id = Pattern.compile("testshard run (\\S+) on").matcher(run.out());
    assertThat(id.find()).as(run.out()).isTrue();
    assertThat(
            lab.kubectl(
                "get",
                "networkpolicies,pods",
                "-A",
                "-l",
                "dev.testshard.run=" + id.group(1),
                "-o",
                "name"))
        .isBlank();
  }

  private RunningCli startOnCluster(Path project, String name) throws Exception {
    return RunningCli.start(
        List.of(),
        Map.of("KUBECONFIG", lab.kubeconfig()),
        project,
        temp.resolve(name),
        "dynamic",
        List.of("--kubernetes", "--registry", lab.registry() + "/testshard"));
  }

  @Test
  void reportsAFailingExampleAsLocallyWithExitCodeOne() throws Exception {
    Path cluster = temp.resolve("failing");
    Cli.Result run = onCluster("failing", cluster, "--memory", "1g");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(cases(cluster)).isEqualTo(Examples.expectedTests("failing").orElseThrow());
    assertNoPodLeft(cluster);
  }

  @Test
  void aPodOverItsMemoryLimitIsLostTestByTestWithTheCause() throws Exception {
    Path cluster = temp.resolve("oom");
    Cli.Result run =
        onCluster(
            "faults",
            cluster,
            "--include",
            "com\\.example\\.faults\\.oom\\..*",
            "--memory",
            "256m");

    assertThat(run.exitCode()).as(run.out()).isEqualTo(4);
    RunReport report = new RunReport(cluster);
    assertThat(
            report
                .testCase("com.example.faults.oom.OutOfMemoryTest", "beforeOutOfMemory")
                .orElseThrow()
                .outcome())
        .isEqualTo(Outcome.PASSED);
    TestCaseResult lost =
        report.testCase("com.example.faults.oom.OutOfMemoryTest", "afterOutOfMemory").orElseThrow();
    assertThat(lost.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(lost.problem().message()).containsAnyOf("OutOfMemoryError", "out of memory");
    assertNoPodLeft(cluster);
  }

  @Test
  void aPodDeletedFromOutsideIsLostTestByTestWithTheCause() throws Exception {
    Path cluster = temp.resolve("deleted");
    Writer deleteOnStart =
        new Writer() {
          private final StringBuilder seen = new StringBuilder();
          private boolean deleted;

          @Override
          public void write(char[] buffer, int offset, int length) {
            seen.append(buffer, offset, length);
            if (!deleted && seen.indexOf("start  com.example.faults.slow") >= 0) {
              deleted = true;
              new Thread(KubernetesIT::deleteSlowShardsPodSoon, "delete-slow-pod").start();
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    List<String> args =
        List.of(
            "run",
            "--project",
            Examples.dir("faults").toString(),
            "--shard-by",
            "package",
            "--include",
            "com\\.example\\.faults\\.slow\\..*",
            "--report-dir",
            cluster.toString(),
            "--kubernetes",
            "--registry",
            lab.registry() + "/testshard");
    Cli.Result run = Cli.run(deleteOnStart, args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.out()).isEqualTo(4);
    TestCaseResult lost =
        new RunReport(cluster)
            .testCase("com.example.faults.slow.SlowShardTest", "thirdTwentySeconds")
            .orElseThrow();
    assertThat(lost.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(lost.problem().message()).contains("pod was deleted");
    assertNoPodLeft(cluster);
  }

  /** Deletes the slow shard's pod once it runs, as a user or the cluster might. */
  private static void deleteSlowShardsPodSoon() {
    try {
      for (int i = 0; i < 120; i++) {
        Thread.sleep(500);
        String running =
            lab.kubectl(
                "get",
                "pods",
                "-l",
                "dev.testshard.shard=com.example.faults.slow",
                "--field-selector",
                "status.phase=Running",
                "-o",
                "name");
        if (running.contains("pod/")) {
          Thread.sleep(3000);
          List<String> delete = new java.util.ArrayList<>(List.of("delete"));
          delete.addAll(running.strip().lines().toList());
          lab.kubectl(delete.toArray(String[]::new));
          return;
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void assertNoPodLeft(Path reportDir) throws Exception {
    String runId = new RunReport(reportDir).runId();
    assertThat(podsOf(runId)).as("pods of run " + runId).doesNotContain("pod/");
  }

  private static String podsOf(String runId) throws Exception {
    return lab.kubectl("get", "pods", "-A", "-l", "dev.testshard.run=" + runId, "-o", "name");
  }

  private static List<String> cases(Path reportDir) throws Exception {
    return Examples.casesOf(List.of(reportDir.resolve("TEST-testshard.xml")));
  }

  /** Every shard's output.log, one after the other. */
  private static String logsOfShards(Path reportDir) throws Exception {
    StringBuilder logs = new StringBuilder();
    try (Stream<Path> files = Files.walk(reportDir.resolve("shards"))) {
      for (Path log : files.filter(f -> f.getFileName().toString().equals("output.log")).toList()) {
        logs.append(Files.readString(log));
      }
    }
    return logs.toString();
  }

  /** The nodes the shards' pods ran on, as each shard's log names its pod's. */
  private static Set<String> nodesOf(Path reportDir) throws Exception {
    Set<String> nodes = new TreeSet<>();
    Matcher matcher = NODE.matcher(logsOfShards(reportDir));
    while (matcher.find()) {
      nodes.add(matcher.group(1));
    }
    return nodes;
  }
}
