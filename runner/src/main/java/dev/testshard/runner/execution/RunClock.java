package dev.testshard.runner.execution;

import java.time.Duration;
import java.time.Instant;

/**
 * The executor's time: readings for durations and timings, and timers for deadlines. {@link
 * #system()} runs its timers on one named daemon thread; tests use a clock they move by hand, so
 * that a deadline expires when the test says so.
 *
 * <p>Implementations are thread-safe. A timer's task runs on the clock's thread and must not block.
 */
public interface RunClock extends AutoCloseable {

  /** A monotonic reading in nanoseconds, for durations only. */
  long nanoTime();

  /** The wall-clock time, for timings in reports. */
  Instant now();

  /** Runs {@code task} once, {@code delay} from now, unless cancelled first. */
  Timer after(Duration delay, Runnable task);

  /**
   * Runs {@code task} every {@code period}, the first time one period from now, until cancelled.
   */
  Timer every(Duration period, Runnable task);

  /** Cancels every timer; idempotent. */
  @Override
  void close();

  /** A scheduled task. */
  @FunctionalInterface
  interface Timer {
    /** Cancels the task; a task that is running finishes. Idempotent. */
    void cancel();
  }

  /** The system's clocks, with timers on a thread of their own. */
  public static RunClock system() {
    return new SystemRunClock();
  }
}
