package dev.testshard.report;

import static dev.testshard.report.TestData.error;
import static dev.testshard.report.TestData.failed;
import static dev.testshard.report.TestData.passed;
import static dev.testshard.report.TestData.skipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttemptMergerTest {

  @Test
  void aTestThatPassesAfterFailingIsFlakyWithOneFlakyFailure() {
    TestCaseResult first = failed("a.A", "t()", "timed out");
    TestCaseResult second = TestCaseResult.passed("a.A", "t()", 0.75);

    TestCaseResult collapsed = single(AttemptMerger.collapse(List.of(first, second)));

    assertThat(collapsed.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(collapsed.flaky()).isTrue();
    assertThat(collapsed.problem()).isNull();
    assertThat(collapsed.timeSeconds()).as("the reported run's time").isEqualTo(0.75);
    assertThat(collapsed.reruns()).containsExactly(Attempt.of(first));
    assertThat(collapsed.attempts()).isEqualTo(2);
  }

  @Test
  void aTestThatFailsEveryTimeReportsTheFirstFailureWithTheOthersAsReruns() {
    TestCaseResult first = failed("a.A", "t()", "first");
    TestCaseResult second = failed("a.A", "t()", "second");
    TestCaseResult third = failed("a.A", "t()", "third");

    TestCaseResult collapsed = single(AttemptMerger.collapse(List.of(first, second, third)));

    assertThat(collapsed.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(collapsed.flaky()).isFalse();
    assertThat(collapsed.problem().message()).isEqualTo("first");
    assertThat(collapsed.reruns())
        .extracting(Attempt::outcome, attempt -> attempt.problem().message())
        .containsExactly(tuple(Outcome.FAILED, "second"), tuple(Outcome.FAILED, "third"));
  }

  @Test
  void anErrorFollowedByAPassIsAFlakyError() {
    TestCaseResult broken = error("a.A", "t()");

    TestCaseResult collapsed =
        single(AttemptMerger.collapse(List.of(broken, passed("a.A", "t()"))));

    assertThat(collapsed.flaky()).isTrue();
    assertThat(collapsed.reruns()).singleElement().isEqualTo(Attempt.of(broken));
    assertThat(collapsed.reruns().get(0).outcome()).isEqualTo(Outcome.ERROR);
    assertThat(collapsed.reruns().get(0).systemOut()).isEqualTo("some output\n");
    assertThat(collapsed.systemOut()).as("the passing run's output").isNull();
  }

  @Test
  void aPassAnywhereMakesTheTestPassLikeSurefireDoes() {
    TestCaseResult collapsed =
        single(
            AttemptMerger.collapse(
                List.of(
                    failed("a.A", "t()", "one"),
                    TestCaseResult.passed("a.A", "t()", 0.5),
                    error("a.A", "t()"))));

    assertThat(collapsed.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(collapsed.reruns())
        .extracting(Attempt::outcome)
        .containsExactly(Outcome.FAILED, Outcome.ERROR);
  }

  @Test
  void aTestSkippedEveryTimeStaysSkippedWithoutReruns() {
    TestCaseResult collapsed =
        single(AttemptMerger.collapse(List.of(skipped("a.A", "t()"), skipped("a.A", "t()"))));

    assertThat(collapsed).isEqualTo(skipped("a.A", "t()"));
  }

  @Test
  void skippedRunsNextToOtherOutcomesLeaveNoTrace() {
    TestCaseResult passedLater =
        single(AttemptMerger.collapse(List.of(skipped("a.A", "p()"), passed("a.A", "p()"))));
    TestCaseResult failedLater =
        single(
            AttemptMerger.collapse(
                List.of(skipped("a.A", "f()"), failed("a.A", "f()", "no"), skipped("a.A", "f()"))));

    assertThat(passedLater).isEqualTo(passed("a.A", "p()"));
    assertThat(passedLater.flaky()).isFalse();
    assertThat(failedLater).isEqualTo(failed("a.A", "f()", "no"));
  }

  @Test
  void keepsTheOrderInWhichEachTestWasFirstSeenAndCountsLogicalTests() {
    List<TestCaseResult> runs =
        List.of(
            failed("a.A", "second()", "x"),
            passed("a.A", "first()"),
            failed("a.A$Inner", "second()", "other class"),
            passed("a.A", "second()"),
            skipped("a.A", "third()"));

    List<TestCaseResult> collapsed = AttemptMerger.collapse(runs);

    assertThat(collapsed)
        .extracting(TestCaseResult::className, TestCaseResult::name, TestCaseResult::outcome)
        .containsExactly(
            tuple("a.A", "second()", Outcome.PASSED),
            tuple("a.A", "first()", Outcome.PASSED),
            tuple("a.A$Inner", "second()", Outcome.FAILED),
            tuple("a.A", "third()", Outcome.SKIPPED));
    TestSuiteResult suite =
        AttemptMerger.collapse(
            new TestSuiteResult("a.A", "s1", null, 9.5, null, Map.of("k", "v"), runs));
    assertThat(List.of(suite.tests(), suite.failures(), suite.errors(), suite.skipped()))
        .containsExactly(4, 1, 0, 1);
    assertThat(suite.flaky()).isEqualTo(1);
    assertThat(Totals.ZERO.plus(suite).passed()).as("flaky counts as passed").isEqualTo(2);
    assertThat(suite.timeSeconds()).as("wall time of the class, unchanged").isEqualTo(9.5);
    assertThat(suite.properties()).containsExactly(Map.entry("k", "v"));
  }

  @Test
  void leavesTestsThatRanOnceAsTheyAre() {
    TestCaseResult once = failed("a.A", "t()", "no");

    assertThat(AttemptMerger.collapse(List.of(once))).singleElement().isSameAs(once);
  }

  @Test
  void collapsingTwiceChangesNothing() {
    List<TestCaseResult> runs =
        List.of(
            failed("a.A", "flaky()", "1"),
            failed("a.A", "flaky()", "2"),
            passed("a.A", "flaky()"),
            failed("a.A", "broken()", "1"),
            error("a.A", "broken()"));

    List<TestCaseResult> once = AttemptMerger.collapse(runs);

    assertThat(AttemptMerger.collapse(once)).isEqualTo(once);
  }

  @Test
  void foldsARunIntoATestCaseThatAlreadyHasReruns() {
    TestCaseResult flakyFromSurefire =
        passed("a.A", "t()").withReruns(List.of(Attempt.of(failed("a.A", "t()", "earlier"))));

    TestCaseResult collapsed =
        single(AttemptMerger.collapse(List.of(flakyFromSurefire, failed("a.A", "t()", "later"))));

    assertThat(collapsed.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(collapsed.reruns())
        .extracting(attempt -> attempt.problem().message())
        .containsExactly("earlier", "later");
  }

  @Test
  void anAttemptRecordsOnlyFailuresAndErrors() {
    assertThatThrownBy(() -> Attempt.of(passed("a.A", "t()")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Attempt(Outcome.SKIPPED, null, 0, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Attempt(Outcome.FAILED, null, -1, null, null).timeSeconds()).isZero();
  }

  @Test
  void aTestCaseThatRanOnceHasNoRerunsAndIsNotFlaky() {
    TestCaseResult once =
        new TestCaseResult("a.A", "t()", 1, Outcome.PASSED, null, null, null, null);

    assertThat(once.reruns()).isEmpty();
    assertThat(once.flaky()).isFalse();
    assertThat(once.attempts()).isEqualTo(1);
    assertThat(once).isEqualTo(TestCaseResult.passed("a.A", "t()", 1));
  }

  private static TestCaseResult single(List<TestCaseResult> testCases) {
    assertThat(testCases).hasSize(1);
    return testCases.get(0);
  }
}
