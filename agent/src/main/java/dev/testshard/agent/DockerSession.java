package dev.testshard.agent;

import dev.testshard.agent.protocol.Protocol;
import java.util.Map;

/**
 * The Testcontainers session of this JVM, when the shard was given the Docker engine ({@code
 * docker-access}): every container, network and image Testcontainers creates carries the label
 * {@code org.testcontainers.sessionId=<id>}, and the runner removes what carries this JVM's id when
 * the shard ends. Sent in the {@code hello} event, before any test runs, so that a JVM that dies
 * mid-run still leaves nothing behind.
 *
 * <p>Why not Ryuk, Testcontainers' own reaper: it is an image to pull (impossible without a
 * registry) and a privileged container per JVM; the runner already sweeps by label.
 */
final class DockerSession {

  static final String ACCESS_VARIABLE = Protocol.DOCKER_ACCESS_VARIABLE;

  static final String FACTORY_CLASS = "org.testcontainers.DockerClientFactory";

  private DockerSession() {}

  /**
   * The session id Testcontainers labels this JVM's containers with, or null without the engine or
   * without Testcontainers on the class path.
   */
  static String id(Map<String, String> environment, ClassLoader loader) {
    if (!"true".equals(environment.get(ACCESS_VARIABLE))) {
      return null;
    }
    try {
      // Initialising the class only draws its random session id; it connects to nothing.
      Object id = Class.forName(FACTORY_CLASS, true, loader).getField("SESSION_ID").get(null);
      return id instanceof String text ? text : null;
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }
}
