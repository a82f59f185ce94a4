package dev.testshard.agent;

import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.EventType;
import dev.testshard.agent.protocol.Protocol;
import java.io.PrintStream;

/**
 * Writes protocol events, one per line, each line starting with {@link Protocol#PREFIX} so that the
 * runner can tell them from test output. The protocol is documented in docs/protocol.md.
 *
 * <p>Thread-safe: tests may run in parallel, so each event is written and flushed under a lock.
 */
final class EventStream {

  private final PrintStream out;

  EventStream(PrintStream out) {
    this.out = out;
  }

  void emit(Json event) {
    emitRaw(event.toString());
  }

  /** Writes one event given as a JSON object text without line breaks. */
  synchronized void emitRaw(String json) {
    // Tests print to stderr (see AgentMain), so this stream is always at a line start.
    out.print(Protocol.PREFIX + json + "\n");
    out.flush();
  }

  static Json event(EventType type) {
    return Json.object().put(EventField.EVENT, type.wireName());
  }
}
