package dev.testshard.runner.engine;

import dev.testshard.agent.protocol.Protocol;
import java.util.Map;

/**
 * What a test container with {@code docker-access} gets besides the engine's socket (which the
 * engine facade mounts): Testcontainers' settings for a run where Ryuk cannot help, and the mark
 * that makes the agent report its Testcontainers session.
 */
final class DockerAccess {

  /**
   * The network of a test container with the engine and no services: the engine's default bridge.
   * Testcontainers publishes the ports of what it starts on the host and, inside a container, finds
   * the host as this network's gateway.
   */
  static final String NETWORK = "bridge";

  /** Set for the agent, which then reports the JVM's Testcontainers session. */
  static final String ACCESS_VARIABLE = Protocol.DOCKER_ACCESS_VARIABLE;

  /**
   * Ryuk, Testcontainers' reaper, is one more image to pull and a privileged container per JVM;
   * testshard removes the session's containers itself when the shard ends (DockerSessionSweep).
   */
  static final String RYUK_DISABLED = "TESTCONTAINERS_RYUK_DISABLED";

  private DockerAccess() {}

  /** Adds the variables to a test container's environment; the configuration file's win. */
  static void addEnvironment(Map<String, String> env, Map<String, String> configEnv) {
    env.put(ACCESS_VARIABLE, "true");
    if (!configEnv.containsKey(RYUK_DISABLED)) {
      env.put(RYUK_DISABLED, "true");
    }
  }
}
