package dev.testshard.runner.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.EventType;
import dev.testshard.agent.protocol.Protocol;
import dev.testshard.agent.protocol.TestStatus;
import dev.testshard.report.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One event of the agent protocol (docs/protocol.md), parsed from a line of the agent's standard
 * output.
 */
public final class AgentEvent {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final EventType type;
  private final JsonNode node;

  private AgentEvent(EventType type, JsonNode node) {
    this.type = type;
    this.node = node;
  }

  /** How much of a malformed line an error message quotes. */
  private static final int QUOTED_CHARS = 100;

  /**
   * Parses a line; empty when the line is not a protocol line (ordinary output).
   *
   * <p>The agent and the runner come from the same build (the runner carries the agent's jar), so a
   * protocol line is either exactly what the protocol describes or a sign of a broken stream:
   * invalid JSON, an unknown event type, a required field missing or of the wrong kind, a test
   * status that does not exist, or a {@code hello} of another protocol version. Unknown fields are
   * ignored.
   *
   * @throws IllegalArgumentException when the line has the protocol prefix but is no valid event;
   *     the message says why and quotes the first {@value #QUOTED_CHARS} characters of the event
   */
  public static Optional<AgentEvent> parse(String line) {
    if (!line.startsWith(Protocol.PREFIX)) {
      return Optional.empty();
    }
    String json = line.substring(Protocol.PREFIX.length());
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw malformed("not valid JSON", json, e);
    }
    if (node == null || !node.isObject()) {
      throw malformed("not a JSON object", json, null);
    }
    JsonNode typeName = node.get(EventField.EVENT.key());
    if (typeName == null || !typeName.isTextual()) {
      throw malformed("no event type", json, null);
    }
    EventType type =
        EventType.of(typeName.asText())
            .orElseThrow(
                () -> malformed("unknown event type '" + typeName.asText() + "'", json, null));
    for (EventField field : type.requiredText()) {
      JsonNode value = node.get(field.key());
      if (value == null || !value.isTextual()) {
        throw malformed(
            "'" + type.wireName() + "' event without the text field '" + field.key() + "'",
            json,
            null);
      }
    }
    AgentEvent event = new AgentEvent(type, node);
    if (type == EventType.TEST && !isTestStatus(event.text(EventField.STATUS))) {
      throw malformed("unknown test status '" + event.text(EventField.STATUS) + "'", json, null);
    }
    if (type == EventType.READY && event.number(EventField.BATCH, -1) < 0) {
      throw malformed("'ready' event without a batch number", json, null);
    }
    if (type == EventType.HELLO && event.number(EventField.PROTOCOL, -1) != Protocol.VERSION) {
      throw malformed(
          "protocol version "
              + node.get(EventField.PROTOCOL.key())
              + ", expected "
              + Protocol.VERSION,
          json,
          null);
    }
    return Optional.of(event);
  }

  private static IllegalArgumentException malformed(String why, String json, Exception cause) {
    return new IllegalArgumentException(
        "malformed event (" + why + "): " + abbreviate(json), cause);
  }

  private static boolean isTestStatus(String status) {
    for (TestStatus known : TestStatus.values()) {
      if (known.name().equals(status)) {
        return true;
      }
    }
    return false;
  }

  public EventType type() {
    return type;
  }

  /** Whether this is an event of {@code type}. */
  public boolean is(EventType type) {
    return this.type == type;
  }

  /**
   * The outcome of a {@link EventType#TEST} event: its status as it is, which {@link #parse} has
   * checked.
   */
  public Outcome outcome() {
    return switch (TestStatus.valueOf(text(EventField.STATUS))) {
      case PASSED -> Outcome.PASSED;
      case FAILED -> Outcome.FAILED;
      case ERROR -> Outcome.ERROR;
      case SKIPPED -> Outcome.SKIPPED;
    };
  }

  /** A text field, or null when absent. */
  public String text(EventField field) {
    JsonNode value = node.get(field.key());
    return value == null || value.isNull() ? null : value.asText();
  }

  public long number(EventField field, long fallback) {
    JsonNode value = node.get(field.key());
    return value == null || !value.isNumber() ? fallback : value.asLong();
  }

  public double decimal(EventField field) {
    JsonNode value = node.get(field.key());
    return value == null || !value.isNumber() ? 0 : value.asDouble();
  }

  public List<String> texts(EventField field) {
    List<String> result = new ArrayList<>();
    JsonNode value = node.get(field.key());
    if (value != null && value.isArray()) {
      value.forEach(item -> result.add(item.asText()));
    }
    return result;
  }

  /** The event as JSON, cut after its first {@value #QUOTED_CHARS} characters: for messages. */
  public String abbreviated() {
    return abbreviate(node.toString());
  }

  @Override
  public String toString() {
    return node.toString();
  }

  private static String abbreviate(String json) {
    return json.length() > QUOTED_CHARS ? json.substring(0, QUOTED_CHARS) + "..." : json;
  }
}
