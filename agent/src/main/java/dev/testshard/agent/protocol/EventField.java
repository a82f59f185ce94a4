package dev.testshard.agent.protocol;

/**
 * The fields of protocol events, as both sides name them: the agent writes them, the runner reads
 * them. docs/protocol.md says which event carries which field.
 */
public enum EventField {
  /** The event's type, one of {@link EventType}; in every event. */
  EVENT("event"),
  PROTOCOL("protocol"),
  JAVA("java"),
  TIME("time"),
  DOCKER_SESSION("dockerSession"),
  MODULE("module"),
  CLASS("class"),
  ENGINES("engines"),
  TESTS("tests"),
  TEST_NAMES("testNames"),
  ID("id"),
  CLASSNAME("classname"),
  NAME("name"),
  STATUS("status"),
  SECONDS("seconds"),
  TYPE("type"),
  MESSAGE("message"),
  TRACE("trace"),
  STDOUT("stdout"),
  STDERR("stderr"),
  BATCH("batch"),
  CLASSES("classes"),
  DATA("data"),
  PART("part"),
  PARTS("parts"),
  /** The {@code finished} event's CPU time of the agent's JVM and the class JVMs it started. */
  CPU_SECONDS("cpuSeconds");

  private final String key;

  EventField(String key) {
    this.key = key;
  }

  /** The field's JSON key. */
  public String key() {
    return key;
  }
}
