package dev.testshard.runner.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testshard.agent.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

  /**
   * Parses a line; empty when the line is not a protocol line (ordinary output).
   *
   * @throws IllegalArgumentException when the line has the protocol prefix but no valid event
   */
  public static Optional<AgentEvent> parse(String line) {
    if (!line.startsWith(Protocol.PREFIX)) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(line.substring(Protocol.PREFIX.length()));
      if (node == null || !node.isObject() || !node.hasNonNull("event")) {
        throw new IllegalArgumentException("protocol line without an event: " + abbreviate(line));
      }
      return Optional.of(new AgentEvent(node));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("unreadable protocol line: " + abbreviate(line), e);
    }
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

  @Override
  public String toString() {
    return node.toString();
  }

  private static String abbreviate(String line) {
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
