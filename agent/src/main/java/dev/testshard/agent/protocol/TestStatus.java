package dev.testshard.agent.protocol;

/** The outcomes a {@link EventType#TEST} event may report in {@link EventField#STATUS}. */
public enum TestStatus {
  PASSED,
  FAILED,
  ERROR,
  SKIPPED
}
