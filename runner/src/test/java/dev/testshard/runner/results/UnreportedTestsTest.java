package dev.testshard.runner.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.Problem;
import dev.testshard.report.TestCaseResult;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.DiscoveredClass.PlannedTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnreportedTestsTest {

  private static final Problem PROBLEM = new Problem("not run", Problem.LOST_TYPE, null);

  private final List<TestCaseResult> cases = new ArrayList<>();

  @Test
  void eachPlannedTestThatDidNotReportGetsAStandInAndCountsAsReportedAfterwards() {
    DiscoveredClass cart =
        new DiscoveredClass(
            "m",
            "a.CartTest",
            List.of(),
            List.of(
                new PlannedTest("a.CartTest", "adds"), new PlannedTest("a.CartTest", "removes")));
    Set<String> reported = new HashSet<>(Set.of(ShardResult.key("a.CartTest", "adds")));

    UnreportedTests.addStandIns(cart, reported, true, cases, Outcome.ERROR, PROBLEM);

    assertThat(cases)
        .singleElement()
        .satisfies(
            testCase -> {
              assertThat(testCase.name()).isEqualTo("removes");
              assertThat(testCase.outcome()).isEqualTo(Outcome.ERROR);
              assertThat(testCase.problem()).isEqualTo(PROBLEM);
            });
    assertThat(reported).contains(ShardResult.key("a.CartTest", "removes"));
  }

  @Test
  void aClassWithoutPlannedTestsOrCasesIsOneEntryWithoutAName() {
    DiscoveredClass dynamic = new DiscoveredClass("m", "a.DynamicTest", List.of(), List.of());

    UnreportedTests.addStandIns(dynamic, new HashSet<>(), false, cases, Outcome.SKIPPED, PROBLEM);

    assertThat(cases)
        .singleElement()
        .satisfies(
            testCase -> {
              assertThat(testCase.className()).isEqualTo("a.DynamicTest");
              assertThat(testCase.name()).isEmpty();
              assertThat(testCase.outcome()).isEqualTo(Outcome.SKIPPED);
            });
  }

  @Test
  void aClassWhoseTestsAllReportedGetsNothing() {
    DiscoveredClass cart =
        new DiscoveredClass(
            "m", "a.CartTest", List.of(), List.of(new PlannedTest("a.CartTest", "adds")));
    Set<String> reported = new HashSet<>(Set.of(ShardResult.key("a.CartTest", "adds")));

    UnreportedTests.addStandIns(cart, reported, true, cases, Outcome.ERROR, PROBLEM);

    assertThat(cases).isEmpty();
  }
}
