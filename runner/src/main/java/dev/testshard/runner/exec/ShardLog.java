package dev.testshard.runner.exec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes to a shard's output log, which several threads share (the output reader, timers). A write
 * that fails (a full disk) is dropped: it must not stop the shard, whose results arrive as events.
 */
public final class ShardLog {

  private ShardLog() {}

  /** Writes one line of testshard's own into a shard's log, among the agent's output. */
  public static void note(OutputStream log, String note) {
    write(log, ("testshard: " + note + "\n").getBytes(StandardCharsets.UTF_8));
  }

  public static void write(OutputStream log, byte[] bytes) {
    try {
      synchronized (log) {
        log.write(bytes);
      }
    } catch (IOException e) {
      // a full disk must not stop the shard; the results still arrive as events
    }
  }
}
