package dev.testshard.agent.protocol;

import static dev.testshard.agent.protocol.EventField.CLASS;
import static dev.testshard.agent.protocol.EventField.DATA;
import static dev.testshard.agent.protocol.EventField.ID;
import static dev.testshard.agent.protocol.EventField.MESSAGE;
import static dev.testshard.agent.protocol.EventField.NAME;
import static dev.testshard.agent.protocol.EventField.STATUS;

import java.util.List;
import java.util.Optional;

/**
 * The event types of the agent protocol (docs/protocol.md), each with the fields it must carry as
 * text; other fields are optional. As in Maven Surefire's {@code ForkedProcessEventType}, the set
 * is closed: an event of another type means a broken stream.
 */
public enum EventType {
  /**
   * The agent started; carries {@link EventField#PROTOCOL}, which must be {@link Protocol#VERSION}.
   */
  HELLO("hello"),
  CLASS_FOUND("class", CLASS),
  WARNING("warning", MESSAGE),
  CLASS_STARTED("class-started", CLASS),
  TEST("test", ID, CLASS, NAME, STATUS),
  CLASS_FINISHED("class-finished", CLASS, STATUS),
  CLASS_ERROR("class-error", CLASS),
  CONTAINER_FAILED("container-failed", NAME),
  AGENT_ERROR("agent-error", MESSAGE),
  PROBE("probe", MESSAGE),
  /** A worker can take the batch numbered {@link EventField#BATCH}. */
  READY("ready"),
  /**
   * Part {@link EventField#PART} of {@link EventField#PARTS} of a result file the runner cannot
   * copy out of the container (a pod built from scratch has no tar): {@link EventField#NAME}, its
   * path under the shard's results, and {@link EventField#DATA}, the part's bytes in Base64. Sent
   * before {@link #FINISHED}.
   */
  FILE("file", NAME, DATA),
  /** The final event: the agent did all its work. */
  FINISHED("finished");

  private final String wireName;
  private final List<EventField> requiredText;

  EventType(String wireName, EventField... requiredText) {
    this.wireName = wireName;
    this.requiredText = List.of(requiredText);
  }

  /** The value of the {@link EventField#EVENT} field. */
  public String wireName() {
    return wireName;
  }

  /** The fields this event must carry as text. */
  public List<EventField> requiredText() {
    return requiredText;
  }

  /** The type with this wire name, if there is one. */
  public static Optional<EventType> of(String wireName) {
    for (EventType type : values()) {
      if (type.wireName.equals(wireName)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
