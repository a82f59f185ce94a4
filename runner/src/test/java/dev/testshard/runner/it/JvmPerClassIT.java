package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
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

    Cli.Result result = onOneContainer(project, reportDir, mode);

    assertThat(result.exitCode()).as(result.err() + result.out()).isZero();
    RunReport report = new RunReport(reportDir);
    assertThat(report.summary.get("shards")).hasSize(1);
    assertThat(Counts.of(report.rootTotals))
        .isEqualTo(Counts.of(Examples.expected("jvm-per-class")));
    assertThat(Examples.casesOf(List.of(reportDir.resolve("TEST-testshard.xml"))))
        .containsExactlyElementsOf(Examples.expectedTests("jvm-per-class").orElseThrow());
    assertThat(report.leftovers().isEmpty()).as("labelled leftovers").isTrue();
  }

  /**
   * A class whose JVM exits early ({@code System.exit}) does not stop the next classes, as Surefire
   * goes on with the next fork: they pass, and its own test is lost with the cause (exit 4).
   */
  @Test
  void aClassWhoseJvmExitsLosesOnlyItsOwnTests() throws Exception {
    Path project = Examples.copy("jvm-per-class", temp.resolve("exiting"));
    Files.writeString(
        project.resolve("src/test/java/com/example/jvms/BExitTest.java"),
        """
        package com.example.jvms;

        class BExitTest {
          @org.junit.jupiter.api.Test
          void exits() {
            System.exit(3);
          }
        }
        """);
    Path reportDir = temp.resolve("report-exiting");

    Cli.Result result = onOneContainer(project, reportDir, "--no-dynamic");

    assertThat(result.exitCode()).as(result.err() + result.out()).isEqualTo(4);
    RunReport report = new RunReport(reportDir);
    assertThat(report.rootTotals.tests()).isEqualTo(9);
    assertThat(report.rootTotals.errors()).isEqualTo(1);
    TestCaseResult exits = report.testCase("com.example.jvms.BExitTest", "exits").orElseThrow();
    assertThat(exits.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(exits.problem().message()).contains("exited with code 3");
    assertThat(report.leftovers().isEmpty()).as("labelled leftovers").isTrue();
  }

  /** Runs the project on one shard ({@code --no-dynamic}) or one worker ({@code --dynamic}). */
  private static Cli.Result onOneContainer(Path project, Path reportDir, String mode) {
    return Cli.run(
        "run",
        "--project",
        project.toString(),
        "--parallel",
        "1",
        mode,
        "--report-dir",
        reportDir.toString());
  }
}
