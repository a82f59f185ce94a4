package dev.testshard.runner.cli;

import dev.testshard.report.Totals;
import dev.testshard.runner.exec.ProgressListener;
import dev.testshard.runner.exec.ShardResult;
import dev.testshard.runner.exec.ShardStatus;
import dev.testshard.runner.plan.Shard;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Append-only progress lines, fit for a terminal and for CI logs alike: each shard's start and end,
 * each failing test as it happens, and a status line every {@code intervalSeconds}.
 */
final class ConsoleProgress implements ProgressListener, AutoCloseable {

  private final PrintWriter out;
  private final int shardCount;
  private final long startNanos = System.nanoTime();
  private final ScheduledExecutorService ticker;
  private int running;
  private int done;
  private int tests;
  private int failed;

  ConsoleProgress(PrintWriter out, int shardCount, int intervalSeconds) {
    this.out = out;
    this.shardCount = shardCount;
    this.ticker =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "testshard-progress");
              thread.setDaemon(true);
              return thread;
            });
    ticker.scheduleAtFixedRate(this::status, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
  }

  @Override
  public synchronized void shardStarted(Shard shard) {
    running++;
    line(
        String.format(
            Locale.ROOT,
            "start  %s (%d classes, %d tests known)",
            shard.id(),
            shard.classes().size(),
            shard.plannedTests()));
  }

  @Override
  public synchronized void testFinished(
      Shard shard, String className, String name, boolean testFailed, String message) {
    tests++;
    if (testFailed) {
      failed++;
      String detail = message == null ? "" : ": " + firstLine(message);
      line("FAILED " + className + " > " + name + " [" + shard.id() + "]" + detail);
    }
  }

  @Override
  public synchronized void shardFinished(ShardResult result) {
    running--;
    done++;
    Totals totals = result.totals();
    String verdict =
        result.status() == ShardStatus.LOST
            ? "LOST: " + result.lostReason()
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

  /** A line of its own, e.g. that a retry round starts. */
  @Override
  public synchronized void note(String text) {
    line(text);
  }

  private synchronized void status() {
    line(
        String.format(
            Locale.ROOT,
            "...    %d/%d shards done, %d running, %d tests finished (%d failed)",
            done,
            shardCount,
            running,
            tests,
            failed));
  }

  private void line(String text) {
    long seconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
    out.printf(Locale.ROOT, "[%3d:%02d] %s%n", seconds / 60, seconds % 60, text);
    out.flush();
  }

  private static String firstLine(String text) {
    String line = text.strip();
    int newline = line.indexOf('\n');
    line = newline < 0 ? line : line.substring(0, newline);
    return line.length() > 160 ? line.substring(0, 160) + "..." : line;
  }

  @Override
  public void close() {
    ticker.shutdownNow();
  }
}
