package dev.testshard.runner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TimingHistoryTest {

  private static DiscoveredClass testClass(String name, int tests) {
    List<DiscoveredClass.PlannedTest> planned = new java.util.ArrayList<>();
    for (int i = 0; i < tests; i++) {
      planned.add(new DiscoveredClass.PlannedTest(name, "t" + i + "()"));
    }
    return new DiscoveredClass("m", name, List.of(), planned);
  }

  @Test
  void theClassesItKnowsThatAreStillThereAndMatchTheIncludesComeLongestFirst() {
    TimingHistory history =
        new TimingHistory(
            Map.of("a.LongTest", 9.0, "a.GoneTest", 20.0, "a.Helper", 30.0, "a.ShortTest", 1.0));

    List<DiscoveredClass> known =
        history.knownAmong(
            "m", java.util.Set.of("a.LongTest", "a.ShortTest", "a.Helper", "a.NewTest"), ".*Test");

    assertThat(known)
        .extracting(DiscoveredClass::className)
        .containsExactly("a.LongTest", "a.ShortTest");
    assertThat(known).allSatisfy(c -> assertThat(c.module()).isEqualTo("m"));
  }

  @Test
  void estimatesUnknownClassesFromTheTimePerTestOfKnownOnes() {
    TimingHistory history = new TimingHistory(Map.of("a.Known", 10.0));
    List<DiscoveredClass> classes = List.of(testClass("a.Known", 5), testClass("a.New", 3));

    ToDoubleFunction<DiscoveredClass> estimate = history.estimator(classes);

    assertThat(estimate.applyAsDouble(classes.get(0))).isEqualTo(10.0);
    assertThat(estimate.applyAsDouble(classes.get(1))).isCloseTo(6.0, within(1e-9));
  }

  @Test
  void withoutHistoryEveryClassCostsASecondPlusItsTests() {
    List<DiscoveredClass> classes = List.of(testClass("a.A", 10));

    assertThat(TimingHistory.empty().estimator(classes).applyAsDouble(classes.get(0)))
        .isCloseTo(2.0, within(1e-9));
  }

  @Test
  void aWeekIsTheLongestTimeBelieved() {
    assertThat(TimingHistory.plausible(7 * 24 * 3600)).isTrue();
    assertThat(TimingHistory.plausible(7 * 24 * 3600 + 1)).isFalse();
    assertThat(TimingHistory.plausible(Double.POSITIVE_INFINITY)).isFalse();
    assertThat(TimingHistory.plausible(-0.001)).isFalse();
  }

  @Test
  void theLongestTimeOfAClassNameInAnyModuleIsWhatTheDefaultDeadlineGoesBy() {
    TimingHistory history =
        new TimingHistory(
            Map.of("x.Old", 3.0),
            Map.of(
                TimingHistory.key("a", "x.SameTest"), 2.0,
                TimingHistory.key("b", "x.SameTest"), 7.0,
                TimingHistory.key("b", "x.OtherSameTest"), 50.0));

    assertThat(history.longestSecondsOf("x.SameTest")).isEqualTo(7.0);
    assertThat(history.longestSecondsOf("x.Old")).isEqualTo(3.0);
    assertThat(history.longestSecondsOf("x.Unknown")).isNull();
  }
}
