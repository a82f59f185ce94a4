package dev.testshard.runner.config;

import java.time.Duration;
import java.util.List;

/**
 * What a {@link Readiness} check needs of a running service: its address, its output, a command run
 * inside it, and the agent's probe from the shard's network. Implemented over the container engine
 * by {@code services.ReadinessWait}, and by fakes in tests.
 */
public interface ReadinessTarget {

  /** Whether the service container still runs. */
  boolean running();

  /** The service's address on the shard's network: its name. */
  String host();

  /** The last {@code lines} lines of the service container's output. */
  String logs(int lines);

  /** Runs {@code command} inside the service container, for at most {@code limit}. */
  CommandResult exec(List<String> command, Duration limit);

  /**
   * Runs the agent's {@code probe} mode with {@code arguments} on the shard's network, allowed
   * {@code timeout} (and a grace to start).
   *
   * @return null when the probe reported ready, else its last answer (empty when it gave none)
   */
  String probe(List<String> arguments, Duration timeout);

  /** How a command in the service container ended. */
  record CommandResult(int exitCode, String output) {}
}
