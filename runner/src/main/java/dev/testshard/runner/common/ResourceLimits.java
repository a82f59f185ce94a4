package dev.testshard.runner.common;

/**
 * The resource limits of a shard's container (or, on a cluster, its pod).
 *
 * @param memoryBytes memory limit in bytes (swap included, so no swapping), 0 for none
 * @param nanoCpus CPU quota in billionths of a CPU, 0 for none
 * @param pids most processes and threads, 0 for none
 */
public record ResourceLimits(long memoryBytes, long nanoCpus, long pids, int cpuShares) {

  public static final ResourceLimits NONE = new ResourceLimits(0, 0, 0);

  /** The engine's default weight for CPU time (cgroup shares). */
  public static final int DEFAULT_CPU_SHARES = 1024;

  public ResourceLimits(long memoryBytes, long nanoCpus, long pids) {
    this(memoryBytes, nanoCpus, pids, 0);
  }

  public ResourceLimits {
    if (memoryBytes < 0 || nanoCpus < 0 || pids < 0 || cpuShares < 0) {
      throw new IllegalArgumentException("limits must not be negative");
    }
  }

  /**
   * The same limits with a weight for CPU time when the cores are contended ({@code cpuShares}
   * against the default 1024; 0 for the default).
   */
  public ResourceLimits withCpuShares(int shares) {
    return new ResourceLimits(memoryBytes, nanoCpus, pids, shares);
  }
}
