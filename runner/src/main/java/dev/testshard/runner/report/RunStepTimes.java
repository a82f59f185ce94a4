package dev.testshard.runner.report;

import dev.testshard.report.RunTimings;
import dev.testshard.report.StepTimes;
import dev.testshard.runner.common.StepTimer;
import dev.testshard.runner.common.StepTimer.Step;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/** The {@code steps} of {@code summary.json}: the recorded steps plus what the shards measured. */
final class RunStepTimes {

  private RunStepTimes() {}

  static StepTimes of(
      StepTimer timer, List<RunTimings.ShardTiming> shards, double mergeSeconds, Instant now) {
    List<RunTimings.ShardTiming> started =
        shards.stream().filter(shard -> shard.containerStartSeconds() > 0).toList();
    double startTotal = started.stream().mapToDouble(s -> s.containerStartSeconds()).sum();
    Double startMax = boxed(started.stream().mapToDouble(s -> s.containerStartSeconds()).max());
    Double jvmMean =
        boxed(
            started.stream()
                .filter(s -> s.jvmStartSeconds() > 0)
                .mapToDouble(s -> s.jvmStartSeconds())
                .average());
    Double firstTest =
        boxed(
            shards.stream()
                .filter(s -> s.firstTestSeconds() > 0)
                .mapToDouble(s -> timer.sinceStart(s.startedAt()) + s.firstTestSeconds())
                .min());
    Double build = timer.seconds(Step.BUILD);
    Double cpu =
        boxed(
            shards.stream()
                .filter(s -> s.cpuSeconds() != null)
                .mapToDouble(s -> s.cpuSeconds())
                .reduce(Double::sum));
    return new StepTimes(
        timer.seconds(Step.STARTUP),
        build,
        timer.seconds(Step.BASE_IMAGE),
        timer.flag(Step.BASE_IMAGE),
        timer.seconds(Step.DEPS_IMAGE),
        timer.flag(Step.DEPS_IMAGE),
        timer.seconds(Step.RUN_IMAGE),
        timer.seconds(Step.SNAPSHOT),
        timer.seconds(Step.DISCOVERY),
        timer.flag(Step.DISCOVERY),
        started.size(),
        started.isEmpty() ? null : startTotal,
        started.isEmpty() ? null : startTotal / started.size(),
        startMax,
        jvmMean,
        firstTest,
        firstTest == null ? null : firstTest - (build == null ? 0 : build),
        mergeSeconds,
        timer.sinceStart(now),
        cpu == null ? null : Math.round(cpu * 1000) / 1000.0);
  }

  private static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
