package dev.testshard.runner.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.Problem;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.results.ContainerExit;
import dev.testshard.runner.results.ShardResult;
import dev.testshard.runner.results.ShardStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunVerdictTest {

  @Test
  void lostWorkWinsOverTestFailures() {
    List<ShardResult> results =
        List.of(
            result("a", ShardStatus.FAILED, Outcome.FAILED, Outcome.ERROR),
            result("b", ShardStatus.LOST, Outcome.PASSED));

    assertThat(RunVerdict.exitCode(results)).isEqualTo(ExitCodes.INFRASTRUCTURE).isEqualTo(4);
  }

  @Test
  void lostWorkWinsOverHavingNoTests() {
    assertThat(RunVerdict.exitCode(List.of(result("a", ShardStatus.LOST))))
        .isEqualTo(ExitCodes.INFRASTRUCTURE);
  }

  @Test
  void failuresGiveOne() {
    List<ShardResult> results =
        List.of(
            result("a", ShardStatus.PASSED, Outcome.PASSED),
            result("b", ShardStatus.FAILED, Outcome.PASSED, Outcome.FAILED));

    assertThat(RunVerdict.exitCode(results)).isEqualTo(ExitCodes.TEST_FAILURES).isEqualTo(1);
  }

  @Test
  void errorsGiveOne() {
    List<ShardResult> results = List.of(result("a", ShardStatus.FAILED, Outcome.ERROR));

    assertThat(RunVerdict.exitCode(results)).isEqualTo(ExitCodes.TEST_FAILURES);
  }

  @Test
  void passedAndSkippedTestsGiveZero() {
    List<ShardResult> results =
        List.of(
            result("a", ShardStatus.PASSED, Outcome.PASSED, Outcome.SKIPPED),
            result("b", ShardStatus.PASSED, Outcome.PASSED));

    assertThat(RunVerdict.exitCode(results)).isEqualTo(ExitCodes.PASSED).isZero();
  }

  @Test
  void noTestsGiveThree() {
    assertThat(RunVerdict.exitCode(List.of(result("a", ShardStatus.PASSED))))
        .isEqualTo(ExitCodes.NO_TESTS)
        .isEqualTo(3);
    assertThat(RunVerdict.exitCode(List.of())).isEqualTo(ExitCodes.NO_TESTS);
  }

  @Test
  void namesTheOutcomeOfEveryExitCode() {
    assertThat(RunVerdict.outcome(0)).isEqualTo("passed");
    assertThat(RunVerdict.outcome(1)).isEqualTo("failed");
    assertThat(RunVerdict.outcome(3)).isEqualTo("no-tests");
    assertThat(RunVerdict.outcome(4)).isEqualTo("infrastructure-failure");
    assertThat(RunVerdict.outcome(2)).isEqualTo("error");
    assertThat(RunVerdict.outcome(5)).isEqualTo("error");
  }

  /** A shard of one class whose tests ended with the given outcomes. */
  private static ShardResult result(String id, ShardStatus status, Outcome... outcomes) {
    String className = "com.acme.Shard_" + id + "_Test";
    List<TestCaseResult> cases = new ArrayList<>();
    for (Outcome outcome : outcomes) {
      Problem problem = outcome == Outcome.PASSED ? null : Problem.of("why");
      cases.add(
          new TestCaseResult(
              className, "test" + cases.size() + "()", 0.1, outcome, problem, null, null));
    }
    Shard shard =
        new Shard(
            id,
            "app",
            List.of(new DiscoveredClass("app", className, List.of("junit-jupiter"), List.of())));
    TestSuiteResult suite = new TestSuiteResult(className, id, null, 1, null, Map.of(), cases);
    return new ShardResult(
        shard,
        List.of(suite),
        status,
        status == ShardStatus.LOST ? "the test JVM exited with code 137" : null,
        ContainerExit.exited(status == ShardStatus.LOST ? 137 : 0, false),
        1,
        List.of());
  }
}
