package dev.testshard.runner.execution;

import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.EventType;
import dev.testshard.runner.protocol.AgentEvent;
import dev.testshard.runner.protocol.AgentEventSink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Writes the result files an agent sends as {@code file} events (its JaCoCo data, on a backend that
 * cannot copy files out of the container) under a shard's results directory, and passes every other
 * event on. A file's parts go to {@code NAME.part}, which becomes {@code NAME} only when its last
 * part arrived in order: a stream cut short never leaves half a file for the coverage merge. Fed on
 * the one thread that reads the agent's output, as every sink is.
 */
public final class SentFiles implements AgentEventSink {

  private final AgentEventSink next;
  private final Path resultsDir;
  private final List<String> problems = new ArrayList<>();
  private String name;
  private Path partial;
  private OutputStream out;
  private long nextPart;

  public SentFiles(AgentEventSink next, Path resultsDir) {
    this.next = next;
    this.resultsDir = resultsDir;
  }

  @Override
  public void event(AgentEvent event) {
    if (!event.is(EventType.FILE)) {
      next.event(event);
      return;
    }
    try {
      accept(event);
    } catch (IOException | IllegalArgumentException e) {
      drop(event.text(EventField.NAME) + ": " + e.getMessage());
    }
  }

  @Override
  public void protocolError(String message) {
    next.protocolError(message);
  }

  /**
   * Call when the agent's output ended: a file whose last part never came is deleted. Returns what
   * went wrong with sent files (for the shard's log), empty when nothing did.
   */
  public List<String> finish() {
    if (partial != null) {
      drop(name + ": " + (nextPart - 1) + " part(s) arrived, the rest never did");
    }
    return List.copyOf(problems);
  }

  private void accept(AgentEvent event) throws IOException {
    String sent = event.text(EventField.NAME);
    long part = event.number(EventField.PART, -1);
    long parts = event.number(EventField.PARTS, -1);
    if (part < 1 || parts < part) {
      throw new IllegalArgumentException("part " + part + " of " + parts);
    }
    if (part == 1) {
      if (partial != null) {
        drop(name + ": " + (nextPart - 1) + " part(s) arrived before " + sent + " began");
      }
      Path target = target(sent);
      Files.createDirectories(target.getParent());
      name = sent;
      partial = target.resolveSibling(target.getFileName() + ".part");
      out = Files.newOutputStream(partial);
      nextPart = 1;
    }
    if (partial == null || !sent.equals(name) || part != nextPart) {
      throw new IllegalArgumentException(
          "part " + part + " came where part " + nextPart + " of " + name + " was due");
    }
    out.write(Base64.getDecoder().decode(event.text(EventField.DATA)));
    nextPart++;
    if (part == parts) {
      out.close();
      Files.move(partial, target(sent), StandardCopyOption.REPLACE_EXISTING);
      partial = null;
      out = null;
      name = null;
    }
  }

  /** {@code sent} under the results directory; a name that would leave it is refused. */
  private Path target(String sent) {
    Path root = resultsDir.toAbsolutePath().normalize();
    Path target = root.resolve(sent).normalize();
    if (sent.isEmpty() || Path.of(sent).isAbsolute() || !target.startsWith(root)) {
      throw new IllegalArgumentException("a name outside the shard's results");
    }
    return target;
  }

  /** Forgets the file being written, deleting its parts, and records why. */
  private void drop(String problem) {
    problems.add("a sent result file was not kept: " + problem);
    if (out != null) {
      try {
        out.close();
      } catch (IOException e) {
        // deleted below
      }
    }
    if (partial != null) {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException e) {
        // a stray .part is never read
      }
    }
    partial = null;
    out = null;
    name = null;
  }
}
