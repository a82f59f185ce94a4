package dev.testshard.runner.protocol;

import dev.testshard.agent.protocol.Protocol;

/**
 * Joins an event that the agent wrote in pieces, each a line of its own (all but the last starting
 * with {@link Protocol#CONTINUATION_PREFIX}, the last with {@link Protocol#PREFIX}; see
 * docs/protocol.md): feed it the agent's lines in order, output lines between the pieces included.
 * Not thread-safe: one per stream.
 */
public final class EventPieces {

  private final StringBuilder held = new StringBuilder();

  /** Whether {@code line} is a piece of a longer event: then it is held for the rest. */
  public boolean hold(String line) {
    if (!line.startsWith(Protocol.CONTINUATION_PREFIX)) {
      return false;
    }
    held.append(line, Protocol.CONTINUATION_PREFIX.length(), line.length());
    return true;
  }

  /** How many characters are held. */
  public int heldLength() {
    return held.length();
  }

  /** Forgets what is held (an event too long to keep). */
  public void drop() {
    held.setLength(0);
  }

  /**
   * {@code line} as it is, or, when it is the last piece of an event whose other pieces are held,
   * the whole event's line.
   */
  public String complete(String line) {
    if (held.length() == 0 || !line.startsWith(Protocol.PREFIX)) {
      return line;
    }
    String event = Protocol.PREFIX + held + line.substring(Protocol.PREFIX.length());
    held.setLength(0);
    return event;
  }
}
