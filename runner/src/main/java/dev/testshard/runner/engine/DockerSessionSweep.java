package dev.testshard.runner.engine;

import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.EventType;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.EngineException;
import dev.testshard.runner.execution.ShardLog;
import dev.testshard.runner.protocol.AgentEvent;
import dev.testshard.runner.protocol.AgentEventSink;
import java.io.OutputStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Removes what Testcontainers started from inside one shard ({@code docker-access}) once the
 * shard's container has ended. Testcontainers cannot be told to add our labels, but labels all it
 * creates with its JVM's session ({@value #SESSION_LABEL}), which the agent reports in its {@code
 * hello} event before any test runs; so a JVM that dies mid-run still leaves nothing behind, and
 * nothing of another shard, run or developer is touched. Not thread-safe beyond recording.
 */
final class DockerSessionSweep {

  /** The label Testcontainers puts on every container, network and image of a JVM. */
  static final String SESSION_LABEL = "org.testcontainers.sessionId";

  private final ContainerEngine engine;
  private final Set<String> sessions = ConcurrentHashMap.newKeySet();

  DockerSessionSweep(ContainerEngine engine) {
    this.engine = engine;
  }

  /** The events, passed on unchanged, with the Testcontainers session of each JVM recorded. */
  AgentEventSink recording(AgentEventSink events) {
    return new AgentEventSink() {
      @Override
      public void event(AgentEvent event) {
        String session = event.is(EventType.HELLO) ? event.text(EventField.DOCKER_SESSION) : null;
        if (session != null && !session.isBlank()) {
          sessions.add(session);
        }
        events.event(event);
      }

      @Override
      public void protocolError(String message) {
        events.protocolError(message);
      }
    };
  }

  /**
   * Removes the containers, then the networks, of the recorded sessions; notes what it removed in
   * the shard's log.
   *
   * @return how many containers were left behind and removed
   */
  int removeLeftovers(OutputStream log) {
    int removed = 0;
    for (String session : sessions) {
      try {
        ContainerEngine.LabelledResources left = engine.findLabelled(SESSION_LABEL, session);
        for (String container : left.containers()) {
          engine.removeContainer(container);
          removed++;
        }
        for (String network : left.networks()) {
          engine.removeNetwork(network);
        }
        if (!left.containers().isEmpty() || !left.networks().isEmpty()) {
          ShardLog.note(
              log,
              "removed "
                  + left.containers().size()
                  + " containers and "
                  + left.networks().size()
                  + " networks the tests left (Testcontainers session "
                  + session
                  + ")");
        }
      } catch (EngineException e) {
        ShardLog.note(
            log,
            "could not remove what Testcontainers session " + session + " left: " + e.getMessage());
      }
    }
    return removed;
  }
}
