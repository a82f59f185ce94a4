package dev.testshard.runner.cli;

import dev.testshard.report.Totals;
import dev.testshard.runner.console.LiveDisplay;
import dev.testshard.runner.console.PlainLog;
import dev.testshard.runner.console.ProgressModel;
import dev.testshard.runner.console.ProgressText;
import dev.testshard.runner.console.Verbosity;
import dev.testshard.runner.exec.ProgressListener;
import dev.testshard.runner.exec.ShardResult;
import dev.testshard.runner.exec.ShardStatus;
import dev.testshard.runner.plan.Shard;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A run's progress on standard output: on a terminal a {@link LiveDisplay} redrawn in place, else a
 * {@link PlainLog} of append-only lines. Either way failing tests, finished shards and notes (retry
 * rounds) are lines of their own; {@link Verbosity#VERBOSE} adds a line per class and container,
 * {@link Verbosity#QUIET} prints nothing. Thread-safe: shard threads and the ticker call in.
 */
final class ConsoleProgress implements ProgressListener, AutoCloseable {

  /** Where the progress goes. */
  enum Mode {
    /** A terminal: the live display. */
    TTY,
    /** A log or a pipe: append-only lines. */
    PLAIN
  }

  static final long TTY_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
  static final long PLAIN_STATUS_NANOS = TimeUnit.SECONDS.toNanos(15);

  private final Verbosity verbosity;
  private final ProgressModel model;
  private final LongSupplier clock;
  private final LiveDisplay live;
  private final PlainLog plain;
  private ScheduledExecutorService ticker;
  private boolean closed;

  /** A console that moves only when {@link #tick()} is called (tests drive it with a clock). */
  ConsoleProgress(
      PrintWriter out,
      Mode mode,
      Verbosity verbosity,
      ProgressModel model,
      int width,
      LongSupplier clock) {
    this.verbosity = verbosity;
    this.model = model;
    this.clock = clock;
    long now = clock.getAsLong();
    this.live = mode == Mode.TTY ? new LiveDisplay(out, width, 8, TTY_INTERVAL_NANOS) : null;
    this.plain = mode == Mode.PLAIN ? new PlainLog(out, now, PLAIN_STATUS_NANOS) : null;
  }

  /** A console on the system clock with a ticker thread: every 100 ms on a terminal, else 1 s. */
  static ConsoleProgress start(
      PrintWriter out, Mode mode, Verbosity verbosity, ProgressModel model, int width) {
    ConsoleProgress console =
        new ConsoleProgress(out, mode, verbosity, model, width, System::nanoTime);
    if (verbosity != Verbosity.QUIET) {
      console.ticker =
          Executors.newSingleThreadScheduledExecutor(
              task -> {
                Thread thread = new Thread(task, "testshard-progress");
                thread.setDaemon(true);
                return thread;
              });
      long period = mode == Mode.TTY ? 100 : 1000;
      console.ticker.scheduleAtFixedRate(console::tick, period, period, TimeUnit.MILLISECONDS);
    }
    return console;
  }

  @Override
  public synchronized void shardStarted(Shard shard) {
    model.shardStarted(shard, clock.getAsLong());
    if (plain != null || verbosity == Verbosity.VERBOSE) {
      line(
          shard.classes().isEmpty()
              ? "start  " + shard.id() + " (takes its classes as they are discovered)"
              : String.format(
                  Locale.ROOT,
                  "start  %s (%d classes, %d tests known)",
                  shard.id(),
                  shard.classes().size(),
                  shard.plannedTests()));
    } else {
      tick();
    }
  }

  @Override
  public synchronized void containerStarted(Shard shard, String containerId) {
    if (verbosity == Verbosity.VERBOSE) {
      String shortId = containerId.length() > 12 ? containerId.substring(0, 12) : containerId;
      line("run    " + shard.id() + " in container " + shortId);
    }
  }

  @Override
  public synchronized void testFinished(
      Shard shard, String className, String name, boolean testFailed, String message) {
    model.testFinished(shard.id(), testFailed);
    if (testFailed) {
      String detail = message == null ? "" : ": " + ProgressText.oneLine(message);
      line("FAILED " + ProgressText.testLabel(className, name) + " [" + shard.id() + "]" + detail);
    } else {
      tick();
    }
  }

  @Override
  public synchronized void classFinished(
      Shard shard, String className, double seconds, String status) {
    if (verbosity == Verbosity.VERBOSE) {
      line(
          String.format(
              Locale.ROOT,
              "class  %s %.1f s %s [%s]",
              className,
              seconds,
              status == null ? "" : status.toLowerCase(Locale.ROOT),
              shard.id()));
    }
  }

  @Override
  public synchronized void shardFinished(ShardResult result) {
    model.shardFinished(result.shard().id());
    Totals totals = result.totals();
    String verdict =
        result.status() == ShardStatus.LOST
            ? "LOST: " + ProgressText.firstLine(result.lostReason())
            : result.status() == ShardStatus.FAILED ? "failed" : "passed";
    line(
        String.format(
            Locale.ROOT,
            "done   %s in %.1f s: %d tests, %d failed, %d skipped - %s",
            result.shard().id(),
            result.durationSeconds(),
            totals.tests(),
            totals.failures() + totals.errors(),
            totals.skipped(),
            verdict));
    result.warnings().forEach(warning -> line("warning [" + result.shard().id() + "] " + warning));
  }

  /** Discovery ended after the shards started: the tests known before execution. */
  public synchronized void testsKnown(int plannedTests) {
    model.testsKnown(plannedTests);
    tick();
  }

  /** A line of its own, e.g. that a retry round starts. */
  @Override
  public synchronized void note(String text) {
    line(text);
  }

  /** Redraws the live display when due, or prints the plain status line when due. */
  synchronized void tick() {
    if (verbosity == Verbosity.QUIET || closed) {
      return;
    }
    long now = clock.getAsLong();
    if (live != null) {
      live.update(model.snapshot(now), now);
    } else {
      plain.tick(model.snapshot(now), now);
    }
  }

  private void line(String text) {
    if (verbosity == Verbosity.QUIET) {
      return;
    }
    long now = clock.getAsLong();
    if (live != null) {
      live.log(text, model.snapshot(now), now);
    } else {
      plain.line(text, now);
    }
  }

  /** Stops the ticker and removes the live display, so that the summary follows cleanly. */
  @Override
  public synchronized void close() {
    closed = true;
    if (ticker != null) {
      ticker.shutdownNow();
    }
    if (live != null) {
      live.clear();
    }
  }
}
