package dev.testshard.runner.exec;

/**
 * How a shard's container ended, as far as the runner could tell.
 *
 * @param exitCode the container's exit code, or null when it never ran or could not be waited for
 * @param oomKilled whether the kernel killed it for memory
 * @param failure what went wrong on the runner's side (Docker error), or null
 */
public record ContainerExit(Integer exitCode, boolean oomKilled, String failure) {

  public static ContainerExit exited(int exitCode, boolean oomKilled) {
    return new ContainerExit(exitCode, oomKilled, null);
  }

  public static ContainerExit failed(String failure) {
    return new ContainerExit(null, false, failure);
  }
}
