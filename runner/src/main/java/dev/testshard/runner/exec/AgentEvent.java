package dev.testshard.runner.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testshard.agent.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One event of the agent protocol (docs/protocol.md), parsed from a line of the agent's standard
 * output.
 */
public final class AgentEvent {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode node;

  private AgentEvent(JsonNode node) {
    this.node = node;
  }

  /** The fields each event must carry as text (docs/protocol.md); other fields are optional. */
  private static final Map<String, List<String>> REQUIRED_TEXT =
      Map.ofEntries(
          Map.entry("hello", List.of()),
          Map.entry("class", List.of("class")),
          Map.entry("warning", List.of("message")),
          Map.entry("class-started", List.of("class")),
          Map.entry("test", List.of("id", "class", "name", "status")),
          Map.entry("class-finished", List.of("class", "status")),
          Map.entry("class-error", List.of("class")),
          Map.entry("container-failed", List.of("name")),
          Map.entry("agent-error", List.of("message")),
          Map.entry("probe", List.of("message")),
          Map.entry("ready", List.of()),
          Map.entry("finished", List.of()));

  /** The outcomes a {@code test} event may report. */
  private static final Set<String> TEST_STATUSES = Set.of("PASSED", "FAILED", "ERROR", "SKIPPED");

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
    JsonNode type = node.get("event");
    if (type == null || !type.isTextual()) {
      throw malformed("no event type", json, null);
    }
    List<String> required = REQUIRED_TEXT.get(type.asText());
    if (required == null) {
      throw malformed("unknown event type '" + type.asText() + "'", json, null);
    }
    for (String field : required) {
      JsonNode value = node.get(field);
      if (value == null || !value.isTextual()) {
        throw malformed(
            "'" + type.asText() + "' event without the text field '" + field + "'", json, null);
      }
    }
    AgentEvent event = new AgentEvent(node);
    if (event.type().equals("test") && !TEST_STATUSES.contains(event.text("status"))) {
      throw malformed("unknown test status '" + event.text("status") + "'", json, null);
    }
    if (event.type().equals("ready") && event.number("batch", -1) < 0) {
      throw malformed("'ready' event without a batch number", json, null);
    }
    if (event.type().equals("hello") && event.number("protocol", -1) != Protocol.VERSION) {
      throw malformed(
          "protocol version " + node.get("protocol") + ", expected " + Protocol.VERSION,
          json,
          null);
    }
    return Optional.of(event);
  }

  private static IllegalArgumentException malformed(String why, String json, Exception cause) {
    return new IllegalArgumentException(
        "malformed event (" + why + "): " + abbreviate(json), cause);
  }

  public String type() {
    return node.get("event").asText();
  }

  /** A text field, or null when absent. */
  public String text(String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  public long number(String field, long fallback) {
    JsonNode value = node.get(field);
    return value == null || !value.isNumber() ? fallback : value.asLong();
  }

  public double decimal(String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isNumber() ? 0 : value.asDouble();
  }

  public List<String> texts(String field) {
    List<String> result = new ArrayList<>();
    JsonNode value = node.get(field);
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
