package dev.testshard.runner.common;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Records how long each step of a run took, for {@code summary.json}. Thread-safe: steps may run on
 * other threads than the one that reads the times.
 */
public final class StepTimer {

  /** The steps that are timed. */
  public enum Step {
    STARTUP,
    BUILD,
    BASE_IMAGE,
    DEPS_IMAGE,
    RUN_IMAGE,
    SNAPSHOT,
    DISCOVERY
  }

  private final Instant processStart;
  private final Map<Step, Double> seconds = new EnumMap<>(Step.class);
  private final Map<Step, Boolean> flags = new EnumMap<>(Step.class);

  /**
   * @param processStart when the CLI process started: the run's time zero
   */
  public StepTimer(Instant processStart) {
    this.processStart = processStart;
  }

  /** A timer whose time zero is this process's start (as the OS reports it), else now. */
  public static StepTimer sinceProcessStart() {
    return new StepTimer(ProcessHandle.current().info().startInstant().orElseGet(Instant::now));
  }

  public Instant processStart() {
    return processStart;
  }

  /** Runs {@code work} and records its time as {@code step}. */
  public <T> T time(Step step, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      record(step, (System.nanoTime() - start) / 1e9);
    }
  }

  public synchronized void record(Step step, double stepSeconds) {
    seconds.put(step, stepSeconds);
  }

  /** Records a yes/no fact about a step: built rather than cached, answered from a cache. */
  public synchronized void flag(Step step, boolean value) {
    flags.put(step, value);
  }

  /** The step's time in seconds, or null when it was not recorded. */
  public synchronized Double seconds(Step step) {
    return seconds.get(step);
  }

  /** The step's flag, or null when it was not recorded. */
  public synchronized Boolean flag(Step step) {
    return flags.get(step);
  }

  /** Seconds from the process start until {@code instant}. */
  public double sinceStart(Instant instant) {
    return Duration.between(processStart, instant).toNanos() / 1e9;
  }
}
