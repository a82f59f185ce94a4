package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Totals;
import dev.testshard.runner.config.ProjectConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examples/notes-service} on the real engine: every shard gets its own PostgreSQL on its own
 * network, migrated by a setup step before the first test. The example's tests insert rows with
 * fixed keys and check that their database holds nothing of other packages, so they pass only when
 * no two shards share a database.
 */
class ServicesIT {

  @TempDir static Path shared;
  private static Path project;

  @BeforeAll
  static void buildTheExampleAndItsDatabaseImage() throws Exception {
    PostgresImage.ensure();
    project = Examples.copy("notes-service", shared.resolve("notes-service"));
    Cli.Result plan = Cli.run("plan", "--project", project.toString());
    assertThat(plan.exitCode()).as(plan.err()).isZero();
  }

  /**
   * Two runs of notes-service at once, each shard of each with its own database (the tests of one
   * shard would see another's rows otherwise): both pass with every test, and leave nothing.
   */
  @Test
  void twoRunsAtOnceBothPassWithADatabasePerShard() throws Exception {
    CompletableFuture<Cli.Result> first =
        CompletableFuture.supplyAsync(() -> run(shared.resolve("report-a"), "--parallel", "2"));
    CompletableFuture<Cli.Result> second =
        CompletableFuture.supplyAsync(() -> run(shared.resolve("report-b"), "--parallel", "2"));

    Cli.Result a = first.get(10, TimeUnit.MINUTES);
    Cli.Result b = second.get(10, TimeUnit.MINUTES);

    Totals expected = Examples.expected("notes-service");
    for (Map.Entry<String, Cli.Result> run : Map.of("report-a", a, "report-b", b).entrySet()) {
      Cli.Result result = run.getValue();
      assertThat(result.exitCode()).as(result.out()).isZero();
      RunReport report = new RunReport(shared.resolve(run.getKey()));
      assertThat(report.rootTotals.tests()).isEqualTo(expected.tests());
      assertThat(report.rootTotals.skipped()).isEqualTo(expected.skipped());
      assertThat(report.summary.get("shards").size()).isGreaterThanOrEqualTo(4);
      assertThat(result.out()).contains("services of dev.notes.store ready in");
      assertThat(report.leftovers().isEmpty()).as("leftovers of " + run.getKey()).isTrue();
    }
  }

  /**
   * The database imported from a compose file whose password is {@code ${NOTES_DB_PASSWORD:?...}},
   * set only in the {@code .env} beside it (itself interpolated); the tests connect with that
   * password, and PostgreSQL checks it (scram-sha-256), so they pass only if the value of .env
   * reached the service container. Without the .env the run stops at once with one line.
   */
  @Test
  void aComposeServiceGetsItsPasswordFromTheEnvFileBesideTheComposeFile() throws Exception {
    Path copy = Examples.copy("notes-service", shared.resolve("notes-compose"));
    Files.writeString(
        copy.resolve("docker-compose.yml"),
        """
        services:
          db:
            image: testshard-example/postgres:15
            environment:
              POSTGRES_USER: notes
              POSTGRES_PASSWORD: ${NOTES_DB_PASSWORD:?set NOTES_DB_PASSWORD in .env}
              POSTGRES_DB: notes
            command: ["postgres", "-c", "fsync=off"]
            expose: ["5432"]
        """);
    Files.writeString(
        copy.resolve(ProjectConfig.FILE_NAME),
        """
        env:
          DATABASE_URL: jdbc:postgresql://db:5432/notes
          DATABASE_USER: notes
          DATABASE_PASSWORD: from-dot-env-42
        services:
          from: docker-compose.yml
          # An imported service has no setup steps: a service of testshard.yaml migrates db.
          schema:
            image: testshard-example/postgres:15
            command: ["sleep", "infinity"]
            depends-on: [db]
            setup:
              - run: ["java", "-cp", "${classpath}", "dev.notes.Migrate"]
                in: test
        """);
    String[] args = {
      "run",
      "--project",
      copy.toString(),
      "--include",
      "dev\\.notes\\.schema\\..*",
      "--parallel",
      "1",
      "--report-dir",
      shared.resolve("report-compose").toString()
    };

    Cli.Result missing = Cli.run(args);
    assertThat(missing.exitCode()).as(missing.err()).isEqualTo(2);
    assertThat(missing.err().strip())
        .isEqualTo(
            "testshard: docker-compose.yml: services.db.environment.POSTGRES_PASSWORD: required"
                + " variable NOTES_DB_PASSWORD is missing a value: set NOTES_DB_PASSWORD in .env");

    Files.writeString(
        copy.resolve(".env"),
        """
        # read by docker compose and by testshard
        NOTES_SUFFIX=42
        export NOTES_DB_PASSWORD="from-dot-env-${NOTES_SUFFIX}" # interpolated within .env
        """);
    Cli.Result result = Cli.run(args);

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    RunReport report = new RunReport(shared.resolve("report-compose"));
    assertThat(report.rootTotals.tests()).isEqualTo(9);
    assertThat(report.rootTotals.failures() + report.rootTotals.errors()).isZero();
    assertThat(report.leftovers().isEmpty()).as("leftovers").isTrue();
  }

  private static Cli.Result run(Path reports, String... extra) {
    String[] args = new String[6 + extra.length];
    args[0] = "run";
    args[1] = "--project";
    args[2] = project.toString();
    args[3] = "--no-build";
    args[4] = "--report-dir";
    args[5] = reports.toString();
    System.arraycopy(extra, 0, args, 6, extra.length);
    return Cli.run(args);
  }
}
