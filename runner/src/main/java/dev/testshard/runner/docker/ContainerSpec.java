package dev.testshard.runner.docker;

import dev.testshard.runner.common.ResourceLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a container runs and within which limits. Every container testshard starts drops all
 * capabilities and cannot gain privileges ({@code no-new-privileges}), and has its {@code /tmp} in
 * a size-limited tmpfs ({@link #tmpSize}); the engine facade applies that to every sandboxed spec,
 * so no caller can forget it.
 *
 * @param name container name, or null to let the engine choose
 * @param image image id or reference
 * @param command the command in exec form
 * @param workingDir working directory inside the container
 * @param env environment variables
 * @param labels labels (always including the testshard labels)
 * @param user user[:group] to run as, or null for the image's default
 * @param networkMode network mode, e.g. {@code none}, or null for the engine's default
 * @param limits memory, CPU and process limits
 * @param networkAliases host names of the container on its network (services), or empty
 * @param sandboxed whether to drop every capability (test containers); services keep the engine's
 *     default capabilities, which images such as postgres need to switch users on start
 * @param engineAccess whether the container gets the Docker engine itself ({@code docker-access}):
 *     the engine facade mounts its socket and sets {@code DOCKER_HOST} to it
 * @param input whether the container's standard input stays open for the runner to write to ({@link
 *     ContainerEngine#attachInput}): a dynamic-mode worker reads its batches there
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
    ResourceLimits limits,
    List<String> networkAliases,
    boolean sandboxed,
    boolean engineAccess,
    boolean input) {

  public ContainerSpec {
    Objects.requireNonNull(image, "image");
    command = List.copyOf(command);
    env = Map.copyOf(new LinkedHashMap<>(env));
    labels = Map.copyOf(labels);
    limits = limits == null ? ResourceLimits.NONE : limits;
    networkAliases = List.copyOf(networkAliases);
  }

  /** A sandboxed container with no network aliases: what tests run in. */
  public ContainerSpec(
      String name,
      String image,
      List<String> command,
      String workingDir,
      Map<String, String> env,
      Map<String, String> labels,
      String user,
      String networkMode,
      ResourceLimits limits) {
    this(
        name,
        image,
        command,
        workingDir,
        env,
        labels,
        user,
        networkMode,
        limits,
        List.of(),
        true,
        false,
        false);
  }

  /** Largest size of a sandboxed container's {@code /tmp}, a tmpfs. */
  public static final long MAX_TMP_BYTES = 1L << 30;

  /**
   * The size of a sandboxed container's {@code /tmp}, in bytes: a tmpfs, whose pages count against
   * the memory limit, so a quarter of that limit, and at most {@link #MAX_TMP_BYTES}.
   */
  public static long tmpSize(ResourceLimits limits) {
    return limits.memoryBytes() > 0
        ? Math.min(MAX_TMP_BYTES, limits.memoryBytes() / 4)
        : MAX_TMP_BYTES;
  }

  /** The same container on another network. */
  public ContainerSpec onNetwork(String network) {
    return copy(network, engineAccess, input);
  }

  /** The same container with the Docker engine's socket ({@code docker-access}). */
  public ContainerSpec withEngineAccess() {
    return copy(networkMode, true, input);
  }

  /** The same container with its standard input open for {@link ContainerEngine#attachInput}. */
  public ContainerSpec withInput() {
    return copy(networkMode, engineAccess, true);
  }

  private ContainerSpec copy(String network, boolean withEngine, boolean withInput) {
    return new ContainerSpec(
        name,
        image,
        command,
        workingDir,
        env,
        labels,
        user,
        network,
        limits,
        networkAliases,
        sandboxed,
        withEngine,
        withInput);
  }
}
