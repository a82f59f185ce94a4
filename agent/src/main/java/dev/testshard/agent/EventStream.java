package dev.testshard.agent;

import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.EventType;
import dev.testshard.agent.protocol.Protocol;
import java.io.PrintStream;

/**
 * Writes protocol events, one per line, each line starting with {@link Protocol#PREFIX} so that the
 * runner can tell them from test output. The protocol is documented in docs/protocol.md.
 *
 * <p>Thread-safe: tests may run in parallel, so each event is written under a lock.
 *
 * <p>The agent's own stream ({@link #batched}) reaches the runner at most {@value #FLUSH_MILLIS} ms
 * after an event rather than at once: a suite of short tests sends thousands of events a second,
 * and a write each costs the container's pipe, the engine's log and the runner a wake-up each (a
 * run of gson's main module in two containers on the 2-core machine: 14.5 s with a write an event,
 * 13.0 s batched). What waits on the runner is written at once ({@link #emitNow}), and a JVM that
 * exits writes what is left in its shutdown hooks; a container killed outright loses at most the
 * last {@value #FLUSH_MILLIS} ms of events, which the runner then accounts as lost work.
 */
final class EventStream {

  /** The longest an event waits before it is written, on a batched stream. */
  static final long FLUSH_MILLIS = 20;

  private final PrintStream out;
  private final boolean flushEach;

  /** A stream that writes every event at once (tests of the agent read it event by event). */
  EventStream(PrintStream out) {
    this(out, true);
  }

  private EventStream(PrintStream out, boolean flushEach) {
    this.out = out;
    this.flushEach = flushEach;
  }

  /**
   * A stream whose events a daemon thread writes every {@value #FLUSH_MILLIS} ms, and that the
   * JVM's exit writes too ({@code out} should buffer until flushed: the agent's {@link PipeFrames}
   * under it).
   */
  static EventStream batched(PrintStream out) {
    EventStream events = new EventStream(out, false);
    Thread flusher =
        new Thread(
            () -> {
              try {
                while (true) {
                  Thread.sleep(FLUSH_MILLIS);
                  events.flush();
                }
              } catch (InterruptedException e) {
                // the JVM is ending
              }
            },
            "testshard-events");
    flusher.setDaemon(true);
    flusher.start();
    Runtime.getRuntime().addShutdownHook(new Thread(out::flush, "testshard-events-exit"));
    return events;
  }

  void emit(Json event) {
    emitRaw(event.toString());
  }

  /** Emits {@code event} and writes the stream now: the runner waits for it (a worker's ready). */
  synchronized void emitNow(Json event) {
    emit(event);
    out.flush();
  }

  /** Writes one event given as a JSON object text without line breaks. */
  synchronized void emitRaw(String json) {
    // Tests print to stderr (see AgentMain), so this stream is always at a line start.
    out.print(Protocol.PREFIX + json + "\n");
    if (flushEach) {
      out.flush();
    }
  }

  /** Writes what is waiting. */
  synchronized void flush() {
    out.flush();
  }

  static Json event(EventType type) {
    return Json.object().put(EventField.EVENT, type.wireName());
  }
}
