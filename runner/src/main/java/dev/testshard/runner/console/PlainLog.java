package dev.testshard.runner.console;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress for logs and pipes (CI): append-only lines {@code [m:ss] text} with the time since the
 * start, never an escape sequence or carriage return, and a status line at most once per {@code
 * statusIntervalNanos} while shards run. Times are passed in; not thread-safe.
 */
public final class PlainLog {

  private final PrintWriter out;
  private final long startNanos;
  private final long statusIntervalNanos;
  private final Palette palette;
  private long lastStatusNanos;

  public PlainLog(PrintWriter out, long startNanos, long statusIntervalNanos, Palette palette) {
    this.out = out;
    this.startNanos = startNanos;
    this.statusIntervalNanos = statusIntervalNanos;
    this.palette = palette;
    this.lastStatusNanos = startNanos;
  }

  public void line(String text, long nanos) {
    out.printf(Locale.ROOT, "[%6s] %s%n", ProgressText.duration((nanos - startNanos) / 1e9), text);
    out.flush();
  }

  /** Prints the status line when shards are running and the last one is old enough. */
  public void tick(Progress progress, long nanos) {
    if (progress.running() > 0 && nanos - lastStatusNanos >= statusIntervalNanos) {
      line("...    " + ProgressText.counts(progress, palette), nanos);
      lastStatusNanos = nanos;
    }
  }
}
