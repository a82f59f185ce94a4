package dev.testshard.runner.execution;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reassembles lines from byte chunks: Docker log frames split lines (and UTF-8 characters)
 * anywhere. A line longer than its limit is cut there and ends with {@link #cutMarker}: one line of
 * 50 MB without a line end must not run the runner out of memory.
 *
 * <p>A record separator (U+001E, which starts every protocol event) starts a new line wherever it
 * is: a test that writes straight to the agent's stream (native code, {@code FileDescriptor.out})
 * without a line end, or while the agent writes its waiting events, would otherwise glue an event
 * to the end of its output, where it is no event. Not thread-safe; one instance per stream.
 */
public final class LineSplitter {

  /**
   * The longest line kept: above the largest protocol event (a test's captured output is capped at
   * 1 Mi characters per stream, which JSON escaping may grow a few times), far below a heap.
   */
  static final int MAX_LINE_BYTES = 16 << 20;

  /** The byte that starts every protocol event, and so a line. */
  private static final byte RECORD_SEPARATOR = 0x1e;

  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private final Consumer<String> lines;
  private final int maxLineBytes;
  private long dropped;

  public LineSplitter(Consumer<String> lines) {
    this(lines, MAX_LINE_BYTES);
  }

  LineSplitter(Consumer<String> lines, int maxLineBytes) {
    this.lines = lines;
    this.maxLineBytes = maxLineBytes;
  }

  /** What ends a line that was cut after {@code kept} bytes, {@code dropped} more dropped. */
  static String cutMarker(long kept, long dropped) {
    return " ... [testshard: line cut after " + kept + " bytes, " + dropped + " more dropped]";
  }

  /** Whether a line is one that was cut (it is then no protocol event). */
  static boolean isCut(String line) {
    return line.endsWith(" more dropped]") && line.contains(" ... [testshard: line cut after ");
  }

  public void accept(byte[] bytes) {
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        keep(bytes, start, i - start);
        emit();
        start = i + 1;
      } else if (bytes[i] == RECORD_SEPARATOR && (i > start || pending.size() > 0 || dropped > 0)) {
        keep(bytes, start, i - start);
        emit();
        start = i;
      }
    }
    keep(bytes, start, bytes.length - start);
  }

  /** Emits what is left without a line end, if anything. */
  public void flush() {
    if (pending.size() > 0 || dropped > 0) {
      emit();
    }
  }

  private void keep(byte[] bytes, int offset, int length) {
    int room = Math.max(0, maxLineBytes - pending.size());
    int kept = Math.min(room, length);
    pending.write(bytes, offset, kept);
    dropped += length - kept;
  }

  private void emit() {
    String line = pending.toString(StandardCharsets.UTF_8);
    int kept = pending.size();
    pending.reset();
    if (dropped > 0) {
      line += cutMarker(kept, dropped);
      dropped = 0;
    } else if (line.endsWith("\r")) {
      line = line.substring(0, line.length() - 1);
    }
    lines.accept(line);
  }
}
