package dev.testshard.runner.execution;

import dev.testshard.runner.protocol.AgentEvent;
import dev.testshard.runner.protocol.AgentEventSink;
import dev.testshard.runner.protocol.EventPieces;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Sorts the lines of an agent's standard output: protocol events go to the sink (an event the agent
 * wrote in pieces joined again first), everything else to the shard's log. A line with the protocol
 * prefix that is no valid event goes to the log too, and the sink hears of it as a protocol error
 * naming the line's number and its start, so that a broken stream is named where it broke. Not
 * thread-safe: one per container, fed on one thread.
 */
public final class AgentStdoutLines implements Consumer<String> {

  private final AgentEventSink events;
  private final OutputStream log;
  private long lineNumber;

  private final EventPieces pieces = new EventPieces();

  public AgentStdoutLines(AgentEventSink events, OutputStream log) {
    this.events = events;
    this.log = log;
  }

  @Override
  public void accept(String line) {
    lineNumber++;
    if (LineSplitter.isCut(line)) {
      // Far longer than any event: output written straight to the agent's stream, kept as output.
      ShardLog.write(log, (line + "\n").getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (pieces.hold(line)) {
      // A piece of an event longer than a pipe keeps whole; output may come between the pieces.
      if (pieces.heldLength() > LineSplitter.MAX_LINE_BYTES) {
        events.protocolError(
            "line " + lineNumber + " of the agent's output: an event longer than its limit");
        pieces.drop();
      }
      return;
    }
    line = pieces.complete(line);
    try {
      Optional<AgentEvent> event = AgentEvent.parse(line);
      if (event.isPresent()) {
        events.event(event.get());
        return;
      }
    } catch (IllegalArgumentException e) {
      events.protocolError("line " + lineNumber + " of the agent's output: " + e.getMessage());
    }
    ShardLog.write(log, (line + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
