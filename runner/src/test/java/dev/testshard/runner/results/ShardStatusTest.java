package dev.testshard.runner.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShardStatusTest {

  private static List<TestSuiteResult> suites(Outcome... outcomes) {
    List<TestCaseResult> cases =
        List.of(outcomes).stream()
            .map(outcome -> new TestCaseResult("a.T", outcome.name(), 0, outcome, null, null, null))
            .toList();
    return List.of(new TestSuiteResult("a.T", "shard-1", null, 0, null, Map.of(), cases));
  }

  @Test
  void lostWinsOverFailedWhichWinsOverPassed() {
    assertThat(ShardStatus.of(true, suites(Outcome.FAILED))).isEqualTo(ShardStatus.LOST);
    assertThat(ShardStatus.of(false, suites(Outcome.PASSED, Outcome.FAILED)))
        .isEqualTo(ShardStatus.FAILED);
    assertThat(ShardStatus.of(false, suites(Outcome.ERROR))).isEqualTo(ShardStatus.FAILED);
    assertThat(ShardStatus.of(false, suites(Outcome.PASSED, Outcome.SKIPPED)))
        .isEqualTo(ShardStatus.PASSED);
  }
}
