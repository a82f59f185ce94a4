package dev.testshard.runner.kubernetes;

import dev.testshard.runner.execution.LineSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Follows a container's log to the container's end, across streams that end early: an API server
 * restarted, a proxy or load balancer that closes a long request, a network blip. When a stream
 * ends with an error, or ends cleanly while the container still runs (its end not shown within a
 * grace), the log is read again from its start and the lines already delivered are skipped, so
 * every line reaches {@code lines} once and in order. (A timestamp to resume from would not do:
 * with {@code timestamps=true} the kubelet prefixes every 16 KiB piece of a longer line with its
 * own.) If the runtime rotated the log in between, its start is gone and the lines skipped are
 * lines never seen: their events are missing, and the executor reports their tests as lost work, as
 * it does for a stream that cannot be resumed at all.
 */
final class ResumedLog {

  /** The log to follow. */
  interface Source {
    /** A new stream of the whole log, following it (to the container's end). */
    InputStream open() throws IOException;

    /** Whether the container has ended (or is gone): its log then grows no more. */
    boolean ended();

    /** Whether the runner stopped the container itself: what its log still holds is not needed. */
    boolean stopped();
  }

  private final Source source;
  private final int maxReopens;
  private final Duration pause;
  private final Duration statusGrace;

  /**
   * @param maxReopens how many times a stream that ended early is opened again
   * @param pause the wait before opening it again
   * @param statusGrace how long a stream that ended cleanly waits for the container's end to show
   */
  ResumedLog(Source source, int maxReopens, Duration pause, Duration statusGrace) {
    this.source = source;
    this.maxReopens = maxReopens;
    this.pause = pause;
    this.statusGrace = statusGrace;
  }

  /**
   * Delivers every line of the log once, in order, then returns; {@code notes} hears of every
   * stream that ended early and of a log that could not be read to its end.
   */
  void follow(Consumer<String> lines, Consumer<String> notes) {
    long[] delivered = {0};
    boolean endedBefore = false;
    for (int reopen = 0; ; reopen++) {
      long[] toSkip = {delivered[0]};
      LineSplitter splitter =
          new LineSplitter(
              line -> {
                if (toSkip[0] > 0) {
                  toSkip[0]--;
                  return;
                }
                lines.accept(line);
                delivered[0]++;
              });
      String problem = read(splitter);
      // A stream that ends cleanly ends with its container, whose status may take the kubelet a
      // moment to report: wait for it before calling the stream cut short.
      if (problem == null && awaitEnd()) {
        splitter.flush();
        return;
      }
      String why = problem != null ? "ended with an error (" + problem + ")" : "ended early";
      boolean ended = source.ended();
      if (source.stopped() || Thread.currentThread().isInterrupted() || (ended && endedBefore)) {
        // Stopped by the runner, or a container that is over and whose log cannot be read again.
        splitter.flush();
        return;
      }
      if (reopen == maxReopens) {
        notes.accept(
            "the pod's log stream " + why + " " + (reopen + 1) + " times; the rest is not read");
        splitter.flush();
        return;
      }
      notes.accept(
          "the pod's log stream "
              + why
              + " after "
              + delivered[0]
              + " lines; reading it again, skipping those");
      endedBefore = ended;
      if (!ended) {
        sleep(pause);
      }
    }
  }

  /** Whether the container ends within the grace the kubelet's status reports take. */
  private boolean awaitEnd() {
    long deadline = System.nanoTime() + statusGrace.toNanos();
    while (!source.ended()) {
      if (System.nanoTime() > deadline
          || source.stopped()
          || Thread.currentThread().isInterrupted()) {
        return false;
      }
      sleep(Duration.ofMillis(200));
    }
    return true;
  }

  /** Reads one stream to its end; the error that ended it, or null. */
  private String read(LineSplitter splitter) {
    try (InputStream in = source.open()) {
      byte[] buffer = new byte[8192];
      int read;
      while ((read = in.read(buffer)) >= 0) {
        if (read > 0) {
          splitter.accept(Arrays.copyOf(buffer, read));
        }
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return String.valueOf(e.getMessage());
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
