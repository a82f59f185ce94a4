package dev.testshard.runner.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RemainingTimeTest {

  @Test
  void pendingShardsTakeTheSlotThatFreesFirstAsTheExecutorDoes() {
    // Slots free at 10 and 2; 8 goes after 2 (ends 10), 5 after 10 (15), 1 after 10 (11).
    assertThat(RemainingTime.byPrediction(List.of(10.0, 2.0), List.of(8.0, 5.0, 1.0), 2))
        .isEqualTo(15.0);
  }

  @Test
  void idleSlotsStartPendingShardsAtOnceAndOverrunShardsCountAsFinishing() {
    assertThat(RemainingTime.byPrediction(List.of(-4.0), List.of(6.0, 3.0), 4)).isEqualTo(6.0);
    assertThat(RemainingTime.byPrediction(List.of(-4.0), List.of(), 2)).isZero();
  }

  @Test
  void withoutHistoryTheRestTakesAsLongPerTestAsTheTestsSoFar() {
    assertThat(RemainingTime.byFraction(30, 25, 100)).isEqualTo(90.0);
  }

  @Test
  void withoutHistoryThereIsNoEstimateBeforeTheFirstTestOrOnceThePlanIsExceeded() {
    assertThat(RemainingTime.byFraction(30, 0, 100)).isNull();
    assertThat(RemainingTime.byFraction(30, 120, 100)).isNull();
    assertThat(RemainingTime.byFraction(30, 5, 0)).isNull();
  }
}
