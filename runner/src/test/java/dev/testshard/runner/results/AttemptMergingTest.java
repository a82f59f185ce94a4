package dev.testshard.runner.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.Problem;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.Shard;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttemptMergingTest {

  private static final String CART = "com.acme.CartTest";
  private static final Shard SHARD =
      new Shard("com.acme", "app", List.of(new DiscoveredClass("app", CART, List.of(), List.of())));

  @Test
  void aRetryOfLostWorkReplacesTheStandInErrorsAndKeepsWhatHadReported() {
    ShardResult earlier =
        result(ShardStatus.LOST, passed("adds()"), lost("removes()"), lost("totals()"));
    ShardResult retry =
        result(ShardStatus.PASSED, passed("adds()"), passed("removes()"), passed("totals()"));

    ShardResult merged = AttemptMerging.merge(earlier, retry, null);

    assertThat(merged.status()).isEqualTo(ShardStatus.PASSED);
    assertThat(merged.lostReason()).isNull();
    assertThat(merged.suites().get(0).testCases())
        .extracting(TestCaseResult::name)
        .containsExactly("adds()", "removes()", "totals()");
    assertThat(merged.totals().tests()).isEqualTo(3);
  }

  @Test
  void lostWorkThatIsLostAgainKeepsTheShardLost() {
    ShardResult earlier = result(ShardStatus.LOST, passed("adds()"), lost("removes()"));
    ShardResult retry = result(ShardStatus.LOST, passed("adds()"), lost("removes()"));

    ShardResult merged = AttemptMerging.merge(earlier, retry, null);

    assertThat(merged.status()).isEqualTo(ShardStatus.LOST);
    assertThat(merged.totals().tests()).isEqualTo(2);
  }

  @Test
  void aFailedTestThatPassesOnARerunIsFlakyAndTheShardPasses() {
    ShardResult earlier = result(ShardStatus.FAILED, passed("adds()"), failed("removes()"));
    ShardResult rerun = result(ShardStatus.PASSED, passed("removes()"), passed("adds()"));

    ShardResult merged =
        AttemptMerging.merge(earlier, rerun, Set.of(ShardResult.key(CART, "removes()")));

    assertThat(merged.status()).isEqualTo(ShardStatus.PASSED);
    TestCaseResult removes = merged.suites().get(0).testCases().get(1);
    assertThat(removes.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(removes.flaky()).isTrue();
    assertThat(merged.totals().tests()).isEqualTo(2);
  }

  @Test
  void aTestThatFailsAgainStaysFailedWithItsRerun() {
    ShardResult earlier = result(ShardStatus.FAILED, failed("removes()"));
    ShardResult rerun = result(ShardStatus.FAILED, failed("removes()"));

    ShardResult merged =
        AttemptMerging.merge(earlier, rerun, Set.of(ShardResult.key(CART, "removes()")));

    assertThat(merged.status()).isEqualTo(ShardStatus.FAILED);
    TestCaseResult removes = merged.suites().get(0).testCases().get(0);
    assertThat(removes.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(removes.reruns()).hasSize(1);
  }

  private static ShardResult result(ShardStatus status, TestCaseResult... cases) {
    TestSuiteResult suite =
        new TestSuiteResult(CART, "com.acme", null, 1.0, null, Map.of(), List.of(cases));
    return new ShardResult(
        SHARD,
        List.of(suite),
        status,
        status == ShardStatus.LOST ? "the container was killed" : null,
        ContainerExit.exited(0, false),
        1.0,
        List.of());
  }

  private static TestCaseResult passed(String name) {
    return TestCaseResult.passed(CART, name, 0.1);
  }

  private static TestCaseResult failed(String name) {
    return new TestCaseResult(
        CART,
        name,
        0.1,
        Outcome.FAILED,
        new Problem("boom", "java.lang.AssertionError", "trace"),
        null,
        null);
  }

  private static TestCaseResult lost(String name) {
    return new TestCaseResult(
        CART,
        name,
        0,
        Outcome.ERROR,
        new Problem("not run", ShardResultCollector.LOST_TYPE, "not run"),
        null,
        null);
  }
}
