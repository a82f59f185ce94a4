package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The failing path: failures keep their messages and output, and the run exits 1. */
class FailingTestsIT {

  @TempDir Path temp;

  @Test
  void failuresAppearWithTheirMessagesAndOutputAndTheRunExits1() throws Exception {
    Path project = Examples.copy("failing", temp.resolve("failing"));
    Path reportDir = temp.resolve("report");

    Cli.Result result =
        Cli.run(
            "run",
            "--project",
            project.toString(),
            "--shard-by",
            "package",
            "--report-dir",
            reportDir.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
    assertThat(result.out())
        .contains("FAILED com.example.failing.cart.CartTotalTest > cartTotalIsWrong")
        .contains("exit code 1 (failed)");
    RunReport report = new RunReport(reportDir);

    TestCaseResult wrongTotal =
        report.testCase("com.example.failing.cart.CartTotalTest", "cartTotalIsWrong").orElseThrow();
    assertThat(wrongTotal.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(wrongTotal.problem().message()).contains("cart total").contains("expected: <2>");
    assertThat(wrongTotal.problem().type()).isEqualTo("org.opentest4j.AssertionFailedError");

    TestCaseResult printing =
        report.testCase("com.example.failing.output.OutputTest", "printsThenFails").orElseThrow();
    assertThat(printing.systemOut()).contains("stdout-marker");
    assertThat(printing.systemErr()).contains("stderr-marker");

    // As Surefire writes it: one error without a name stands for the class.
    TestCaseResult brokenSetup =
        report.testCase("com.example.failing.setup.BrokenSetupTest", "").orElseThrow();
    assertThat(brokenSetup.outcome()).isEqualTo(Outcome.ERROR);

    assertThat(report.summary.get("failures").size()).isEqualTo(4);
    assertThat(report.summary.get("outcome").asText()).isEqualTo("failed");
    assertThat(reportDir.resolve("shards/com.example.failing.output/output.log"))
        .content()
        .contains("stdout-marker");
    assertThat(report.leftovers().isEmpty()).isTrue();
  }
}
