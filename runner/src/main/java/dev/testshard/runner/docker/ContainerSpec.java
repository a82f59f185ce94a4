package dev.testshard.runner.docker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a container runs and with which limits.
 *
 * @param name container name, or null to let the engine choose
 * @param image image id or reference
 * @param command the command in exec form
 * @param workingDir working directory inside the container
 * @param env environment variables
 * @param labels labels (always including the testshard labels)
 * @param user user[:group] to run as, or null for the image's default
 * @param networkMode network mode, e.g. {@code none}, or null for the engine's default
 * @param memoryBytes memory limit, or 0 for none
 */
public record ContainerSpec(
    String name,
    String image,
    List<String> command,
    String workingDir,
    Map<String, String> env,
    Map<String, String> labels,
    String user,
    String networkMode,
    long memoryBytes) {

  public ContainerSpec {
    Objects.requireNonNull(image, "image");
    command = List.copyOf(command);
    env = Map.copyOf(new LinkedHashMap<>(env));
    labels = Map.copyOf(labels);
  }
}
