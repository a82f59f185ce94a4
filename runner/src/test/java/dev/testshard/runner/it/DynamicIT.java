package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dynamic mode (the default without a timing history, or {@code --dynamic}): long-lived workers
 * pull classes until none is left; results, reports and lost-work accounting are the same as with a
 * fixed plan.
 */
class DynamicIT {

  @TempDir Path temp;

  @Test
  void withoutHistoryWorkersPullEveryClassOfEveryModuleAndTheReportHasSurefiresCounts()
      throws Exception {
    Path project = Examples.copy("multi-module", temp.resolve("project"));
    Path reportDir = temp.resolve("report");

    Cli.Result result =
        Cli.run(
            "run",
            "--project",
            project.toString(),
            "--parallel",
            "2",
            "--report-dir",
            reportDir.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("dynamic: 2 workers").contains("(no timing history yet;");
    RunReport report = new RunReport(reportDir);
    assertThat(Counts.of(report.rootTotals))
        .isEqualTo(Counts.of(report.caseTotals()))
        .isEqualTo(Counts.of(Examples.expected("multi-module")));
    int classes = 0;
    for (JsonNode shard : report.summary.get("shards")) {
      assertThat(shard.get("id").asText()).startsWith("worker-");
      classes += shard.get("classes").asInt();
    }
    assertThat(classes).isEqualTo(7);
    assertThat(report.leftovers().isEmpty()).isTrue();

    Cli.Result withHistory =
        Cli.run(
            "run",
            "--project",
            project.toString(),
            "--no-build",
            "--parallel",
            "2",
            "--report-dir",
            temp.resolve("again").toString());

    assertThat(withHistory.exitCode()).as(withHistory.err()).isZero();
    assertThat(withHistory.out())
        .doesNotContain("dynamic:")
        .contains("shards by package, 2 at a time (the timing history knows 7 of 7 classes");
  }

  @Test
  void aWorkerThatDiesLosesOnlyItsCurrentClassAndTheRunExits4() throws Exception {
    Path project = Examples.copy("faults", temp.resolve("faults"));
    Path reportDir = temp.resolve("report");

    Cli.Result result =
        Cli.run(
            "run",
            "--project",
            project.toString(),
            "--dynamic",
            "--parallel",
            "1",
            "--include",
            "com\\.example\\.faults\\.(exit\\..*|unloadable\\.LoadableTest)",
            "--report-dir",
            reportDir.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(4);
    RunReport report = new RunReport(reportDir);
    TestCaseResult lost =
        report.testCase("com.example.faults.exit.ExitTest", "afterExit()").orElseThrow();
    assertThat(lost.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(lost.problem().message()).contains("exited with code 3");
    // The longest class went first and killed the only worker: the other was never handed out,
    // and is reported as lost work, not forgotten.
    TestCaseResult neverRun =
        report
            .testCase("com.example.faults.unloadable.LoadableTest", "addsNumbers()")
            .orElseThrow();
    assertThat(neverRun.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(neverRun.problem().message()).contains("every worker");
    assertThat(Counts.of(report.rootTotals)).isEqualTo(Counts.of(report.caseTotals()));
    assertThat(report.leftovers().isEmpty()).isTrue();
  }
}
