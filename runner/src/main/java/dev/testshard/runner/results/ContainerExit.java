package dev.testshard.runner.results;

/**
 * How a shard's container ended, as far as the runner could tell.
 *
 * @param exitCode the container's exit code, or null when it never ran or could not be waited for
 * @param oomKilled whether the kernel killed it for memory
 * @param failure what went wrong on the runner's side (Docker error, never started), or null
 * @param stopReason why the runner stopped the container (a deadline), or null
 */
public record ContainerExit(
    Integer exitCode, boolean oomKilled, String failure, String stopReason) {

  public static ContainerExit exited(int exitCode, boolean oomKilled) {
    return new ContainerExit(exitCode, oomKilled, null, null);
  }

  public static ContainerExit failed(String failure) {
    return new ContainerExit(null, false, failure, null);
  }

  /** This exit, stopped by the runner for the given reason (null keeps it as it is). */
  public ContainerExit stoppedBecause(String reason) {
    return reason == null ? this : new ContainerExit(exitCode, oomKilled, failure, reason);
  }
}
