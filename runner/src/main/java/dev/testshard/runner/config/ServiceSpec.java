package dev.testshard.runner.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A service every shard gets its own copy of, reachable from the shard's tests under its name.
 *
 * @param name the service's name and host name on the shard's network
 * @param image the image to run
 * @param env environment variables of the service container (templates allowed)
 * @param command the command in exec form, or empty for the image's default
 * @param ports ports the service listens on (documentation, and the default readiness check)
 * @param ready when the service is ready
 * @param setup commands run in order once it is ready
 * @param dependsOn services that must be ready before this one starts
 */
public record ServiceSpec(
    String name,
    String image,
    Map<String, String> env,
    List<String> command,
    List<Integer> ports,
    Readiness ready,
    List<SetupStep> setup,
    List<String> dependsOn) {

  public ServiceSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(image, "image");
    env = Map.copyOf(env);
    command = List.copyOf(command);
    ports = List.copyOf(ports);
    ready = ready == null ? Readiness.started() : ready;
    setup = List.copyOf(setup);
    dependsOn = List.copyOf(dependsOn);
  }
}
