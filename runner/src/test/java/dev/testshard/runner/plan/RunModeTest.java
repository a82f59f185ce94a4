package dev.testshard.runner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunModeTest {

  private static final List<DiscoveredClass> CLASSES =
      List.of(
          new DiscoveredClass("m", "a.FirstTest", List.of(), List.of()),
          new DiscoveredClass("m", "a.SecondTest", List.of(), List.of()));

  private static final TimingHistory KNOWS_ONE =
      new TimingHistory(Map.of("a.FirstTest", 3.0, "b.GoneTest", 1.0));

  @Test
  void withoutHistoryAndWithoutShardingOptionsTheRunIsDynamic() {
    RunMode mode = RunMode.choose(null, false, false, TimingHistory.empty(), CLASSES);

    assertThat(mode.dynamic()).isTrue();
    assertThat(mode.reason()).contains("no timing history yet").contains("--no-dynamic");
  }

  @Test
  void aHistoryThatKnowsNoneOfTheClassesCountsAsNoHistory() {
    TimingHistory other = new TimingHistory(Map.of("b.GoneTest", 1.0));

    RunMode mode = RunMode.choose(null, false, false, other, CLASSES);

    assertThat(mode.dynamic()).isTrue();
    assertThat(mode.reason()).contains("knows none of them");
  }

  @Test
  void aHistoryThatKnowsSomeClassesGivesAFixedPlan() {
    RunMode mode = RunMode.choose(null, false, false, KNOWS_ONE, CLASSES);

    assertThat(mode.dynamic()).isFalse();
    assertThat(mode.reason()).contains("knows 1 of 2 classes");
  }

  @Test
  void explicitShardingOptionsKeepAFixedPlanWithoutHistory() {
    assertThat(RunMode.choose(null, true, false, TimingHistory.empty(), CLASSES))
        .isEqualTo(new RunMode(false, "--shard-by given"));
    assertThat(RunMode.choose(null, false, true, TimingHistory.empty(), CLASSES))
        .isEqualTo(new RunMode(false, "--shards given"));
  }

  @Test
  void theDynamicFlagWinsEitherWay() {
    assertThat(RunMode.choose(true, true, false, KNOWS_ONE, CLASSES))
        .isEqualTo(new RunMode(true, "--dynamic"));
    assertThat(RunMode.choose(false, false, false, TimingHistory.empty(), CLASSES))
        .isEqualTo(new RunMode(false, "--no-dynamic"));
  }
}
