package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * examples/jvm-per-class, whose classes pass only when each runs in a JVM of its own (Surefire's
 * {@code reuseForks=false}): on one shard, and on one dynamic worker, every class in one container,
 * the report equals Surefire's test by test.
 */
class JvmPerClassIT {

  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"--no-dynamic", "--dynamic"})
  void everyClassRunsInAJvmOfItsOwnInOneContainer(String mode) throws Exception {
    Path project = Examples.copy("jvm-per-class", temp.resolve("project"));
    Path reportDir = temp.resolve("report");

    Cli.Result result =
        Cli.run(
            "run",
            "--project",
            project.toString(),
            "--parallel",
            "1",
            mode,
            "--report-dir",
            reportDir.toString());

    assertThat(result.exitCode()).as(result.err() + result.out()).isZero();
    RunReport report = new RunReport(reportDir);
    assertThat(report.summary.get("shards")).hasSize(1);
    assertThat(Counts.of(report.rootTotals))
        .isEqualTo(Counts.of(Examples.expected("jvm-per-class")));
    assertThat(Examples.casesOf(List.of(reportDir.resolve("TEST-testshard.xml"))))
        .containsExactlyElementsOf(Examples.expectedTests("jvm-per-class").orElseThrow());
    assertThat(report.leftovers().isEmpty()).as("labelled leftovers").isTrue();
  }
}
