package dev.testshard.runner.cli;

import dev.testshard.report.Outcome;
import dev.testshard.report.Totals;
import dev.testshard.runner.console.CursorCodes;
import dev.testshard.runner.console.LiveDisplay;
import dev.testshard.runner.console.Palette;
import dev.testshard.runner.console.PlainLog;
import dev.testshard.runner.console.ProgressModel;
import dev.testshard.runner.console.ProgressText;
import dev.testshard.runner.console.Verbosity;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.plan.TimingHistory;
import dev.testshard.runner.results.ShardResult;
import dev.testshard.runner.results.ShardStatus;
import dev.testshard.runner.steps.ProgressDisplay;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A run's progress on standard output: on a terminal a {@link LiveDisplay} redrawn in place, else a
 * {@link PlainLog} of append-only lines. Either way failing tests, finished shards and notes (retry
 * rounds) are lines of their own; {@link Verbosity#VERBOSE} adds a line per class and container,
 * {@link Verbosity#QUIET} prints nothing. Failures (red) and errors (magenta) are told apart
 * everywhere, in the colours of its {@link Palette}. Thread-safe: shard threads and the ticker call
 * in.
 */
final class ConsoleProgress implements ProgressDisplay {

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
  private final Palette palette;

  /**
   * The worst outcome so far of the tests of each shard's running class, by shard id (a shard's JVM
   * runs its classes one after the other; a test's classname may be a display name).
   */
  private final Map<String, Outcome> classOutcomes = new HashMap<>();

  private final LiveDisplay live;
  private final PlainLog plain;
  private ScheduledExecutorService ticker;
  private ConsoleTerminal terminal;
  private boolean closed;

  /** A console that moves only when {@link #tick()} is called (tests drive it with a clock). */
  ConsoleProgress(
      PrintWriter out,
      Mode mode,
      Verbosity verbosity,
      ProgressModel model,
      int width,
      LongSupplier clock,
      Palette palette,
      CursorCodes codes) {
    this.verbosity = verbosity;
    this.model = model;
    this.clock = clock;
    this.palette = palette;
    long now = clock.getAsLong();
    this.live =
        mode == Mode.TTY
            ? new LiveDisplay(out, width, 8, TTY_INTERVAL_NANOS, palette, codes)
            : null;
    this.plain = mode == Mode.PLAIN ? new PlainLog(out, now, PLAIN_STATUS_NANOS, palette) : null;
  }

  /**
   * A console on the system clock with a ticker thread: every 100 ms on a terminal, else 1 s. It
   * closes {@code terminal} when it is closed.
   */
  static ConsoleProgress start(
      PrintWriter out,
      Mode mode,
      Verbosity verbosity,
      ProgressModel model,
      int width,
      Palette palette,
      CursorCodes codes,
      ConsoleTerminal terminal) {
    ConsoleProgress console =
        new ConsoleProgress(out, mode, verbosity, model, width, System::nanoTime, palette, codes);
    console.terminal = terminal;
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
  public synchronized void classStarted(Shard shard, String className) {
    model.classStarted(shard.module(), className, clock.getAsLong());
    classOutcomes.remove(shard.id());
  }

  @Override
  public synchronized void testFinished(
      Shard shard, String className, String name, Outcome outcome, String message) {
    model.testFinished(shard.id(), outcome);
    if (outcome == Outcome.FAILED || outcome == Outcome.ERROR) {
      classOutcomes.merge(shard.id(), outcome, ConsoleProgress::worse);
      String detail = message == null ? "" : ": " + ProgressText.firstLine(message);
      String word =
          outcome == Outcome.FAILED ? palette.failed("FAILED") : palette.error("ERROR") + " ";
      line(word + " " + ProgressText.testLabel(className, name) + " [" + shard.id() + "]" + detail);
    } else {
      tick();
    }
  }

  @Override
  public synchronized void classFinished(
      Shard shard, String className, double seconds, String status) {
    model.classFinished(shard.module(), className, seconds);
    Outcome tests = classOutcomes.remove(shard.id());
    if (verbosity == Verbosity.VERBOSE) {
      line(
          String.format(
              Locale.ROOT,
              "class  %s %.1f s %s [%s]",
              className,
              seconds,
              classStatus(tests, status),
              shard.id()));
    }
  }

  /**
   * A class's word: {@code failed} or {@code error} when one of its tests failed or errored (JUnit
   * calls such a class {@code SUCCESSFUL}: its own set-up and tear-down went well), {@code error}
   * when the class itself failed, else JUnit's status in lower case.
   */
  private String classStatus(Outcome tests, String status) {
    if (tests == Outcome.FAILED) {
      return palette.failed("failed");
    }
    if (tests == Outcome.ERROR || "FAILED".equals(status)) {
      return palette.error("error");
    }
    if (status == null) {
      return "";
    }
    String word = status.toLowerCase(Locale.ROOT);
    return "SUCCESSFUL".equals(status)
        ? palette.passed(word)
        : "SKIPPED".equals(status) || "ABORTED".equals(status) ? palette.skipped(word) : word;
  }

  /** A failure outranks an error for a class's word: it is what the user fixes first. */
  private static Outcome worse(Outcome a, Outcome b) {
    return a == Outcome.FAILED || b == Outcome.FAILED ? Outcome.FAILED : Outcome.ERROR;
  }

  @Override
  public synchronized void shardFinished(ShardResult result) {
    model.shardFinished(result.shard().id());
    Totals totals = result.totals();
    String verdict =
        result.status() == ShardStatus.LOST
            ? palette.lost("LOST") + ": " + ProgressText.firstLine(result.lostReason())
            : result.status() == ShardStatus.FAILED
                ? palette.failed("failed")
                : palette.passed("passed");
    line(
        String.format(
            Locale.ROOT,
            "done   %s in %.1f s: %d tests, %s, %s, %s - %s",
            result.shard().id(),
            result.durationSeconds(),
            totals.tests(),
            palette.ifAny(totals.failures(), totals.failures() + " failed", palette::failed),
            palette.ifAny(totals.errors(), totals.errors() + " errors", palette::error),
            palette.ifAny(totals.skipped(), totals.skipped() + " skipped", palette::skipped),
            verdict));
    result.warnings().forEach(warning -> line("warning [" + result.shard().id() + "] " + warning));
  }

  /**
   * The classes of a dynamic run, once discovered (possibly after the workers started): the time
   * left is estimated by them from then on, from the history's times when it knows any of them.
   */
  @Override
  public synchronized void classesKnown(List<DiscoveredClass> classes, TimingHistory history) {
    boolean fromHistory = classes.stream().anyMatch(c -> history.secondsOf(c) != null);
    model.classesKnown(classes, history.estimator(classes), fromHistory);
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

  /**
   * Stops the ticker, removes the live display, so that the summary follows cleanly, and closes the
   * terminal.
   */
  @Override
  public synchronized void close() {
    closed = true;
    if (ticker != null) {
      ticker.shutdownNow();
    }
    if (live != null) {
      live.clear();
    }
    if (terminal != null) {
      terminal.close();
    }
  }
}
