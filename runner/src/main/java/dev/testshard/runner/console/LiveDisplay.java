package dev.testshard.runner.console;

import java.io.PrintWriter;
import java.util.List;

/**
 * The progress display on a terminal: a block of lines at the bottom (the status line and the
 * running shards) redrawn in place with the terminal's {@link CursorCodes} (cursor up, clear to the
 * end of the line, clear below), and ordinary lines (failures, notes) printed above it as a log.
 * The block is redrawn only when its text changed, and at most once per {@code minIntervalNanos}: a
 * caller ticking more often (the console ticks every 100 ms) costs nothing. Times are passed in;
 * not thread-safe.
 */
public final class LiveDisplay {

  private final PrintWriter out;
  private final int width;
  private final int shardLines;
  private final long minIntervalNanos;
  private final Palette palette;
  private final CursorCodes codes;
  private List<String> shown = List.of();
  private Long lastDrawNanos;

  /**
   * @param width the terminal's columns; block lines are cut one short of it, so that no terminal
   *     wraps them and the redraw always knows how many lines to go up
   * @param shardLines most running shards listed
   * @param palette the colours of the status line
   * @param codes how the terminal moves the cursor and clears
   */
  public LiveDisplay(
      PrintWriter out,
      int width,
      int shardLines,
      long minIntervalNanos,
      Palette palette,
      CursorCodes codes) {
    this.out = out;
    this.width = Math.max(20, width);
    this.shardLines = shardLines;
    this.minIntervalNanos = minIntervalNanos;
    this.palette = palette;
    this.codes = codes;
  }

  /**
   * Prints {@code line} above the block: the block is erased, the line printed, and the block drawn
   * again when a redraw is due (else at the next due update, a tick later).
   */
  public void log(String line, Progress progress, long nanos) {
    erase();
    out.print(line);
    out.print('\n');
    update(progress, nanos);
  }

  /** Redraws the block if its text changed and the last redraw is long enough ago. */
  public void update(Progress progress, long nanos) {
    List<String> lines = ProgressText.block(progress, width - 1, shardLines, palette);
    if (lines.equals(shown)) {
      return;
    }
    if (lastDrawNanos != null && nanos - lastDrawNanos < minIntervalNanos) {
      return;
    }
    StringBuilder frame = new StringBuilder();
    if (!shown.isEmpty()) {
      frame.append(codes.lineStart()).append(codes.up(shown.size()));
    }
    // Each line starts in the first column: clearing to its end clears all of it.
    for (String line : lines) {
      frame.append(codes.clearLine()).append(line).append('\n');
    }
    frame.append(codes.clearBelow());
    out.print(frame);
    out.flush();
    shown = lines;
    lastDrawNanos = nanos;
  }

  /** Removes the block, e.g. before the end-of-run summary. Idempotent. */
  public void clear() {
    erase();
    out.flush();
  }

  private void erase() {
    if (!shown.isEmpty()) {
      out.print(codes.lineStart() + codes.up(shown.size()) + codes.clearBelow());
      shown = List.of();
    }
  }
}
