package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.DockerJavaEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-shard services that go wrong, on the real engine with the locally built PostgreSQL image: a
 * service that never gets ready fails its shard within its timeout with every planned test an error
 * and the service's log saved; a failing setup step does the same; {@code --keep-on-failure} leaves
 * the failed shard's services running until {@code testshard clean}.
 */
class ServiceFailuresIT {

  static final String POSTGRES = "testshard-example/postgres:15";

  @TempDir static Path shared;
  private static Path project;

  @TempDir Path temp;

  @BeforeAll
  static void buildTheProjectAndTheServiceImage() throws Exception {
    PostgresImage.ensure();
    project = Examples.copy("junit5-10", shared.resolve("junit5-10"));
    Cli.Result plan = Cli.run("plan", "--project", project.toString());
    assertThat(plan.exitCode()).as(plan.err()).isZero();
  }

  @Test
  void aServiceWhoseHealthcheckNeverPassesFailsItsShardWithinTheTimeout() throws Exception {
    Files.writeString(
        project.resolve("docker-compose.yml"),
        """
        services:
          db:
            image: %s
            environment:
              POSTGRES_PASSWORD: secret
            healthcheck:
              test: ["CMD", "false"]
              interval: 2s
              retries: 3
        """
            .formatted(POSTGRES));
    Path config = config("services:\n  from: docker-compose.yml\n");
    Path reports = temp.resolve("never-ready");

    long start = System.nanoTime();
    Cli.Result result = run(config, reports);
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(result.exitCode()).as(result.out()).isEqualTo(4);
    assertThat(seconds).as("wall seconds").isLessThan(60);
    RunReport report = new RunReport(reports);
    assertEveryTestIsAnErrorSaying(report, "service db was not ready after 6s (cmd false");
    assertThat(report.rootTotals.errors()).isEqualTo(report.rootTotals.tests()).isPositive();
    // Without history this runs in dynamic mode: the workers' services fail, and the classes
    // nobody could run are reported under a shard of their own, with the workers' reason.
    int withLogs = 0;
    for (String shard : shardDirs(reports)) {
      Path log = reports.resolve("shards").resolve(shard).resolve("services/db.log");
      if (Files.exists(log)) {
        withLogs++;
        assertThat(Files.readString(log))
            .contains("database system is ready to accept connections");
      }
    }
    assertThat(withLogs).as("shards with the service's log").isPositive();
    assertThat(result.out()).contains("| ").contains("service db (last lines of shards/");
    assertThat(report.leftovers().isEmpty()).as("leftovers").isTrue();
  }

  @Test
  void servicesThatFailAtOnceInEveryWorkerReportEveryPlannedTestWithTheWholeCause()
      throws Exception {
    // A program the base image does not have: the service cannot start, in every worker, long
    // before discovery has told what the planned tests are.
    Path config =
        config(
            """
            services:
              broken:
                image: %s
                command: ["no-such-program-in-the-image", "1000"]
            """
                .formatted(SettingsIT.baseImage()));
    Path reports = temp.resolve("cannot-start");

    Cli.Result result = run(config, reports);

    assertThat(result.exitCode()).as(result.out()).isEqualTo(4);
    RunReport report = new RunReport(reports);
    String cause = "executable file not found";
    assertEveryTestIsAnErrorSaying(report, "services could not start");
    assertEveryTestIsAnErrorSaying(report, cause);
    // Every planned test, as discovery found them, not an empty report: 13 test cases (a class
    // of only dynamic or parameterized tests stands for them as a whole) in 3 classes.
    assertThat(report.rootTotals.tests()).isEqualTo(report.rootTotals.errors()).isEqualTo(13);
    assertThat(report.suites)
        .extracting(TestSuiteResult::name)
        .containsExactlyInAnyOrder(
            "com.example.snapshot.calc.RpnCalculatorTest",
            "com.example.snapshot.greeting.GreeterTest",
            "com.example.snapshot.greeting.GreetingFileTest");
    assertThat(report.testCase("com.example.snapshot.calc.RpnCalculatorTest", "divisionByZero"))
        .isPresent();
    assertThat(report.summary.toString()).contains(cause);
    // The console names the cause in full, not cut before its useful part.
    assertThat(result.out().lines().filter(l -> l.contains("LOST") && l.contains(cause)))
        .isNotEmpty();
    assertThat(report.leftovers().isEmpty()).as("leftovers").isTrue();
  }

  @Test
  void aFailingSetupStepFailsItsShardNamingTheStep() throws Exception {
    Path config =
        config(
            """
            services:
              db:
                image: %s
                env: { POSTGRES_USER: app, POSTGRES_PASSWORD: secret, POSTGRES_DB: app }
                ports: [5432]
                setup:
                  - run: psql -U app -d app -v ON_ERROR_STOP=1 -c 'select * from missing_table'
            """
                .formatted(POSTGRES));
    Path reports = temp.resolve("setup");

    Cli.Result result = run(config, reports);

    assertThat(result.exitCode()).as(result.out()).isEqualTo(4);
    RunReport report = new RunReport(reports);
    assertEveryTestIsAnErrorSaying(report, "setup step 1 of db (psql -U app");
    assertThat(report.suites.get(0).testCases().get(0).problem().message())
        .contains("exited with code")
        .contains("missing_table");
    assertThat(report.leftovers().isEmpty()).as("leftovers").isTrue();
  }

  @Test
  void keepOnFailureLeavesTheFailedShardsServicesUntilClean() throws Exception {
    Path config =
        config(
            """
            services:
              db:
                image: %s
                env: { POSTGRES_PASSWORD: secret }
                ready: { log: "no such line", timeout: 3s }
            """
                .formatted(POSTGRES));
    Path reports = temp.resolve("kept");

    // A separate process, as a user runs it: once it has exited, its kept resources are no
    // longer those of a live run, and `clean` removes them.
    Cli.Result result =
        Cli.runProcess(
            java.util.Map.of(),
            "run",
            "--project",
            project.toString(),
            "--no-build",
            "--config",
            config.toString(),
            "--report-dir",
            reports.toString(),
            "--include",
            ".*RpnCalculatorTest",
            "--keep-on-failure");

    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.out()).contains("kept shard").contains("docker exec -it testshard-");
    ContainerEngine.LabelledResources kept = new RunReport(reports).leftovers();
    assertThat(kept.containers()).hasSize(1);
    assertThat(kept.networks()).hasSize(1);
    try (ContainerEngine engine = DockerJavaEngine.fromEnvironment()) {
      assertThat(engine.exitCode(kept.containers().get(0))).as("still running").isEmpty();
    }

    Cli.Result clean = Cli.run("clean");

    assertThat(clean.exitCode()).as(clean.err()).isZero();
    assertThat(new RunReport(reports).leftovers().isEmpty()).as("after clean").isTrue();
  }

  private Path config(String yaml) throws Exception {
    Path file = temp.resolve("testshard-" + System.nanoTime() + ".yaml");
    Files.writeString(file, yaml);
    return file;
  }

  private static Cli.Result run(Path config, Path reports) {
    // The compose file is found next to the configuration file, so both live in the project.
    Path inProject = project.resolve(config.getFileName());
    try {
      Files.copy(config, inProject, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Cli.run(
        "run",
        "--project",
        project.toString(),
        "--no-build",
        "--config",
        inProject.toString(),
        "--report-dir",
        reports.toString());
  }

  private static void assertEveryTestIsAnErrorSaying(RunReport report, String message) {
    assertThat(report.suites).isNotEmpty();
    for (TestSuiteResult suite : report.suites) {
      for (TestCaseResult testCase : suite.testCases()) {
        assertThat(testCase.outcome()).as(testCase.name()).isEqualTo(Outcome.ERROR);
        assertThat(testCase.problem().message()).contains(message);
      }
    }
  }

  private static List<String> shardDirs(Path reports) throws Exception {
    try (var list = Files.list(reports.resolve("shards"))) {
      return list.map(p -> p.getFileName().toString()).toList();
    }
  }
}
