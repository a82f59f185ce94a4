package dev.testshard.report;

import java.util.Objects;
import java.util.Set;

/**
 * One shard in {@code summary.json}.
 *
 * @param id the shard id (the {@code hostname} of its suites in the merged report)
 * @param classes number of top-level classes planned for the shard
 * @param durationSeconds wall time of the shard's container, in seconds
 * @param containerExitCode exit code of the container, or null when it never exited (lost)
 * @param status {@code passed}, {@code failed} or {@code lost}
 * @param lostReason why the shard was lost (crash, timeout, unreadable XML), or null
 * @param containerStartSeconds from the create request until the container ran, or null when it
 *     never ran (or in files written before the field existed)
 * @param jvmStartSeconds from the container running until the agent's first event, or null
 * @param firstTestSeconds from the create request until the first test class started, or null
 * @param cpuSeconds the CPU time of the shard's test JVM (and the class JVMs it started), as its
 *     agent told it when it finished; null when it did not (a lost shard, an older file)
 */
public record ShardSummary(
    String id,
    int classes,
    int tests,
    int passed,
    int failures,
    int errors,
    int skipped,
    double durationSeconds,
    Integer containerExitCode,
    String status,
    String lostReason,
    Double containerStartSeconds,
    Double jvmStartSeconds,
    Double firstTestSeconds,
    Double cpuSeconds) {

  private static final Set<String> STATUSES = Set.of("passed", "failed", "lost");

  public ShardSummary {
    Objects.requireNonNull(id, "id");
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException("status must be one of " + STATUSES + ": " + status);
    }
  }

  /** A shard without start-up times. */
  public ShardSummary(
      String id,
      int classes,
      int tests,
      int passed,
      int failures,
      int errors,
      int skipped,
      double durationSeconds,
      Integer containerExitCode,
      String status,
      String lostReason) {
    this(
        id,
        classes,
        tests,
        passed,
        failures,
        errors,
        skipped,
        durationSeconds,
        containerExitCode,
        status,
        lostReason,
        null,
        null,
        null,
        null);
  }
}
