package dev.testshard.runner.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.testshard.report.RunTimings.ShardTiming;
import dev.testshard.report.StepTimes;
import dev.testshard.runner.common.StepTimer;
import dev.testshard.runner.common.StepTimer.Step;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunStepTimesTest {

  private static final Instant START = Instant.parse("2026-01-15T10:00:00Z");

  private static ShardTiming shard(
      String id, double startedAfter, double containerStart, double jvmStart, double firstTest) {
    Instant started = START.plusMillis(Math.round(startedAfter * 1000));
    return new ShardTiming(
        id, started, started.plusSeconds(30), 30, containerStart, jvmStart, firstTest, 12.5);
  }

  @Test
  void firstTestCountsFromTheProcessStartAndBeyondTheBuild() {
    StepTimer timer = new StepTimer(START);
    timer.record(Step.BUILD, 2.5);
    timer.record(Step.DISCOVERY, 0.01);
    timer.flag(Step.DISCOVERY, true);

    StepTimes steps =
        RunStepTimes.of(
            timer,
            List.of(shard("a", 5.0, 0.4, 0.2, 1.5), shard("b", 4.0, 0.6, 0.3, 3.0)),
            0.25,
            START.plusSeconds(40));

    assertThat(steps.firstTestSeconds()).isCloseTo(6.5, within(1e-9));
    assertThat(steps.firstTestAfterBuildSeconds()).isCloseTo(4.0, within(1e-9));
    assertThat(steps.buildSeconds()).isEqualTo(2.5);
    assertThat(steps.discoveryCached()).isTrue();
    assertThat(steps.mergeSeconds()).isEqualTo(0.25);
    assertThat(steps.totalSeconds()).isCloseTo(40.0, within(1e-9));
    assertThat(steps.testCpuSeconds()).isCloseTo(25.0, within(1e-9));
  }

  @Test
  void containerStartIsSummedAndAveragedOverTheContainersThatRan() {
    StepTimes steps =
        RunStepTimes.of(
            new StepTimer(START),
            List.of(
                shard("a", 1, 0.4, 0.2, 1.5), shard("b", 1, 0.8, 0.4, 2.0), shard("c", 1, 0, 0, 0)),
            0.1,
            START.plusSeconds(10));

    assertThat(steps.containers()).isEqualTo(2);
    assertThat(steps.containerStartTotalSeconds()).isCloseTo(1.2, within(1e-9));
    assertThat(steps.containerStartMeanSeconds()).isCloseTo(0.6, within(1e-9));
    assertThat(steps.containerStartMaxSeconds()).isEqualTo(0.8);
    assertThat(steps.jvmStartMeanSeconds()).isCloseTo(0.3, within(1e-9));
  }

  @Test
  void stepsThatDidNotHappenAreNull() {
    StepTimes steps = RunStepTimes.of(new StepTimer(START), List.of(), 0.1, START.plusSeconds(3));

    assertThat(steps.buildSeconds()).isNull();
    assertThat(steps.depsImageBuilt()).isNull();
    assertThat(steps.containers()).isZero();
    assertThat(steps.containerStartMeanSeconds()).isNull();
    assertThat(steps.firstTestSeconds()).isNull();
    assertThat(steps.firstTestAfterBuildSeconds()).isNull();
  }
}
