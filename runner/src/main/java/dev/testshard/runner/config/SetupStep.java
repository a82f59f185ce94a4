package dev.testshard.runner.config;

import java.util.List;

/**
 * A command run once its service is ready and before the shard's tests start, such as a schema
 * migration or seed data. A non-zero exit fails the shard.
 *
 * @param command the command in exec form; may use templates (see {@link Templates})
 * @param inTestImage true: a one-off container of the run's test image on the shard's network, with
 *     the tests' environment; false: executed inside the service's own container
 */
public record SetupStep(List<String> command, boolean inTestImage) {

  public SetupStep {
    command = List.copyOf(command);
    if (command.isEmpty()) {
      throw new IllegalArgumentException("a setup step needs a command");
    }
  }

  public String where() {
    return inTestImage ? "test" : "service";
  }
}
