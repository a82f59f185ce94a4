package dev.testshard.runner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RunModeTest {

  private static final TimingHistory KNOWS_TWO =
      new TimingHistory(Map.of("a.FirstTest", 3.0, "b.GoneTest", 1.0));

  @Test
  void withoutHistoryAndWithoutShardingOptionsTheRunIsDynamic() {
    RunMode mode = RunMode.choose(null, false, false, TimingHistory.empty());

    assertThat(mode.dynamic()).isTrue();
    assertThat(mode.reason()).contains("no timing history yet").contains("--no-dynamic");
  }

  @Test
  void withAHistoryTheRunIsStillDynamicAndSaysWhatTheHistoryKnows() {
    RunMode mode = RunMode.choose(null, false, false, KNOWS_TWO);

    assertThat(mode.dynamic()).isTrue();
    assertThat(mode.reason())
        .contains("times of 2 classes from the timing history")
        .contains("--no-dynamic");
  }

  @Test
  void explicitShardingOptionsKeepAFixedPlanWithoutHistory() {
    assertThat(RunMode.choose(null, true, false, TimingHistory.empty()))
        .isEqualTo(new RunMode(false, "--shard-by given"));
    assertThat(RunMode.choose(null, false, true, TimingHistory.empty()))
        .isEqualTo(new RunMode(false, "--shards given"));
  }

  @Test
  void theDynamicFlagWinsEitherWay() {
    assertThat(RunMode.choose(true, true, false, KNOWS_TWO))
        .isEqualTo(new RunMode(true, "--dynamic"));
    assertThat(RunMode.choose(false, false, false, TimingHistory.empty()))
        .isEqualTo(new RunMode(false, "--no-dynamic"));
  }
}
