package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dynamic mode (the default unless {@code --shard-by}, {@code --shards} or {@code --no-dynamic}):
 * long-lived workers pull classes until none is left; results, reports and lost-work accounting are
 * the same as with a fixed plan.
 */
class DynamicIT {

  @TempDir Path temp;

  @Test
  void withoutHistoryWorkersPullEveryClassOfEveryModuleAndTheReportHasSurefiresCounts()
      throws Exception {
    Path project = Examples.copy("multi-module", temp.resolve("project"));
    Path reportDir = temp.resolve("report");

    Cli.Result result = Cli.runOnTwo(project, reportDir);

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

    Cli.Result withHistory = Cli.runOnTwo(project, temp.resolve("again"), "--no-build");

    assertThat(withHistory.exitCode()).as(withHistory.err()).isZero();
    // With a history the run stays dynamic, and the queue is ordered by the measured times.
    assertThat(withHistory.out())
        .contains("dynamic: 2 workers pull 7 classes")
        .contains("(times of 7 classes from the timing history;");
    RunReport again = new RunReport(temp.resolve("again"));
    assertThat(Counts.of(again.rootTotals))
        .isEqualTo(Counts.of(again.caseTotals()))
        .isEqualTo(Counts.of(Examples.expected("multi-module")));
  }

  @Test
  void withHistoryOneModulesWorkersStartDuringDiscoveryAndRunEveryClassOnceANewOneToo()
      throws Exception {
    Path project = Examples.copy("junit5-10", temp.resolve("project"));
    // An earlier mvn test's report (git ignores it): a first run takes its class's time.
    Path reports = Files.createDirectories(project.resolve("target/surefire-reports"));
    Files.writeString(
        reports.resolve("TEST-com.example.snapshot.calc.RpnCalculatorTest.xml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuite name=\"com.example.snapshot.calc.RpnCalculatorTest\" time=\"7.5\""
            + " tests=\"1\"><testcase name=\"adds\" time=\"7.5\"/></testsuite>\n");
    Cli.Result first = Cli.runOnTwo(project, temp.resolve("first"));
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("(times of 1 class from Surefire's last reports;");
    // Nothing changed: discovery comes from its cache at once, and says how many workers to start.
    Cli.Result cached = Cli.runOnTwo(project, temp.resolve("cached"), "--no-build");
    assertThat(cached.exitCode()).as(cached.err()).isZero();
    assertThat(cached.out())
        .contains("(cached: nothing on the class path changed)")
        .contains("dynamic: 2 workers pull 3 classes")
        .doesNotContain("start while discovery runs");
    // A class the history does not know yet: it can only come from discovery.
    Path added = project.resolve("src/test/java/com/example/snapshot/calc/AddedTest.java");
    Files.writeString(
        added,
        """
        package com.example.snapshot.calc;

        import org.junit.jupiter.api.Test;

        class AddedTest {
          @Test
          void one() {}

          @Test
          void two() {}
        }
        """);
    Path reportDir = temp.resolve("report");

    Cli.Result result = Cli.runOnTwo(project, reportDir, "--progress", "plain");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("dynamic: 2 workers start while discovery runs")
        .contains("(times of 3 classes from the timing history;")
        .contains("discovered 4 test classes");
    RunReport report = new RunReport(reportDir);
    Counts expected = Counts.of(Examples.expected("junit5-10"));
    assertThat(Counts.of(report.rootTotals))
        .isEqualTo(Counts.of(report.caseTotals()))
        .isEqualTo(
            new Counts(
                expected.tests() + 2, expected.failures(), expected.errors(), expected.skipped()));
    assertThat(report.testCase("com.example.snapshot.calc.AddedTest", "one")).isPresent();
    int classes = 0;
    for (JsonNode shard : report.summary.get("shards")) {
      classes += shard.get("classes").asInt();
    }
    assertThat(classes).as("every class ran exactly once").isEqualTo(4);
    assertThat(report.leftovers().isEmpty()).isTrue();
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
        report.testCase("com.example.faults.exit.ExitTest", "afterExit").orElseThrow();
    assertThat(lost.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(lost.problem().message()).contains("exited with code 3");
    // The longest class went first and killed the only worker: the other was never handed out,
    // and is reported as lost work, not forgotten.
    TestCaseResult neverRun =
        report.testCase("com.example.faults.unloadable.LoadableTest", "addsNumbers").orElseThrow();
    assertThat(neverRun.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(neverRun.problem().message()).contains("every worker");
    assertThat(Counts.of(report.rootTotals)).isEqualTo(Counts.of(report.caseTotals()));
    assertThat(report.leftovers().isEmpty()).isTrue();
  }
}
