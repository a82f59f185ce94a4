package dev.testshard.agent.protocol;

import java.util.Optional;

/** The agent's modes: the first argument after {@link Protocol#MAIN_CLASS} (docs/protocol.md). */
public enum AgentMode {
  DISCOVER("discover"),
  RUN("run"),
  WORKER("worker"),
  PROBE("probe"),
  CDS("cds");

  private final String word;

  AgentMode(String word) {
    this.word = word;
  }

  /** The mode as written on the command line. */
  public String word() {
    return word;
  }

  /** The mode this word names, if any. */
  public static Optional<AgentMode> of(String word) {
    for (AgentMode mode : values()) {
      if (mode.word.equals(word)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
