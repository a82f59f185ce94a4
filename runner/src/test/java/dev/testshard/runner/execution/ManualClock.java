package dev.testshard.runner.execution;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A {@link RunClock} that moves only when a test {@linkplain #advance advances} it; due timers then
 * run on the test's thread, in the order they fall due.
 */
final class ManualClock implements RunClock {

  private static final Instant START = Instant.parse("2026-01-15T10:00:00Z");

  private final List<Scheduled> timers = new ArrayList<>();
  private long nanos;

  @Override
  public synchronized long nanoTime() {
    return nanos;
  }

  @Override
  public synchronized Instant now() {
    return START.plusNanos(nanos);
  }

  @Override
  public Timer after(Duration delay, Runnable task) {
    return add(delay, 0, task);
  }

  @Override
  public Timer every(Duration period, Runnable task) {
    return add(period, period.toNanos(), task);
  }

  private synchronized Timer add(Duration delay, long period, Runnable task) {
    Scheduled timer = new Scheduled(nanos + delay.toNanos(), period, task);
    timers.add(timer);
    return () -> cancel(timer);
  }

  private synchronized void cancel(Scheduled timer) {
    timers.remove(timer);
  }

  /** Moves the clock on, running each timer as it falls due. */
  void advance(Duration by) {
    long target;
    synchronized (this) {
      target = nanos + by.toNanos();
    }
    while (true) {
      Scheduled next;
      synchronized (this) {
        next =
            timers.stream()
                .filter(t -> t.due <= target)
                .min(Comparator.comparingLong(t -> t.due))
                .orElse(null);
        if (next == null) {
          nanos = target;
          return;
        }
        nanos = next.due;
        if (next.period > 0) {
          next.due += next.period; // the same timer, so that cancelling it still works
        } else {
          timers.remove(next);
        }
      }
      next.task.run();
    }
  }

  @Override
  public synchronized void close() {
    timers.clear();
  }

  private static final class Scheduled {
    private long due;
    private final long period;
    private final Runnable task;

    Scheduled(long due, long period, Runnable task) {
      this.due = due;
      this.period = period;
      this.task = task;
    }
  }
}
