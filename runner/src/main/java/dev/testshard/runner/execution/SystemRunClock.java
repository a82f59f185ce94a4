package dev.testshard.runner.execution;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@link RunClock#system()}: {@link System#nanoTime()}, {@link Instant#now()} and one timer thread.
 */
final class SystemRunClock implements RunClock {

  private final ScheduledExecutorService timers =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "testshard-deadline-1");
            thread.setDaemon(true);
            return thread;
          });

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public Instant now() {
    return Instant.now();
  }

  @Override
  public Timer after(Duration delay, Runnable task) {
    ScheduledFuture<?> future = timers.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    return () -> future.cancel(false);
  }

  @Override
  public Timer every(Duration period, Runnable task) {
    long millis = period.toMillis();
    ScheduledFuture<?> future =
        timers.scheduleAtFixedRate(task, millis, millis, TimeUnit.MILLISECONDS);
    return () -> future.cancel(false);
  }

  @Override
  public void close() {
    timers.shutdownNow();
  }
}
