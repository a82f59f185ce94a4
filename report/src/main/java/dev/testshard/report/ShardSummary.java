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
    String lostReason) {

  private static final Set<String> STATUSES = Set.of("passed", "failed", "lost");

  public ShardSummary {
    Objects.requireNonNull(id, "id");
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException("status must be one of " + STATUSES + ": " + status);
    }
  }
}
