package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Totals;
import java.nio.file.Path;
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

  @Test
  void everyShardOfNotesServiceHasItsOwnDatabase() throws Exception {
    Path reports = shared.resolve("report-one");

    Cli.Result result = run(reports, "--parallel", "2");

    assertThat(result.exitCode()).as(result.out()).isZero();
    RunReport report = new RunReport(reports);
    Totals expected = Examples.expected("notes-service");
    assertThat(report.rootTotals.tests()).isEqualTo(expected.tests());
    assertThat(report.rootTotals.skipped()).isEqualTo(expected.skipped());
    assertThat(report.summary.get("shards").size()).isGreaterThanOrEqualTo(4);
    assertThat(result.out()).contains("services of dev.notes.store ready in");
    assertThat(report.leftovers().isEmpty()).as("leftovers").isTrue();
  }

  @Test
  void twoRunsOfTheSameProjectAtTheSameTimeBothPass() throws Exception {
    CompletableFuture<Cli.Result> first =
        CompletableFuture.supplyAsync(() -> run(shared.resolve("report-a"), "--parallel", "2"));
    CompletableFuture<Cli.Result> second =
        CompletableFuture.supplyAsync(() -> run(shared.resolve("report-b"), "--parallel", "2"));

    Cli.Result a = first.get(10, TimeUnit.MINUTES);
    Cli.Result b = second.get(10, TimeUnit.MINUTES);

    assertThat(a.exitCode()).as(a.out()).isZero();
    assertThat(b.exitCode()).as(b.out()).isZero();
    assertThat(new RunReport(shared.resolve("report-a")).leftovers().isEmpty()).isTrue();
    assertThat(new RunReport(shared.resolve("report-b")).leftovers().isEmpty()).isTrue();
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
