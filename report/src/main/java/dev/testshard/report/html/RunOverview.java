package dev.testshard.report.html;

import dev.testshard.report.RunSummary;
import dev.testshard.report.RunTimings;
import dev.testshard.report.ShardSummary;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the HTML report says about the run as a whole, beyond its test cases.
 *
 * @param title the report's name (the project's, or the name given to a merge)
 * @param subtitle where the results come from, e.g. {@code run 20260115-100203-ab12}
 * @param startedAt when the run (or the merge) started
 * @param wallTimeSeconds wall time of the whole run, or null when unknown (merged reports)
 * @param outcome the run's outcome as in {@code summary.json} ({@code passed}, {@code failed},
 *     {@code no-tests}, {@code infrastructure-failure}, {@code error}), or null to judge by the
 *     test counts
 * @param shards per shard, in plan order; empty when unknown
 * @param shardTimings when each shard container started and ended; empty for merged reports, whose
 *     timeline is then derived from JUnit XML timestamps where they carry testshard's shard
 *     property
 */
public record RunOverview(
    String title,
    String subtitle,
    Instant startedAt,
    Double wallTimeSeconds,
    String outcome,
    List<ShardSummary> shards,
    List<RunTimings.ShardTiming> shardTimings) {

  public RunOverview {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(startedAt, "startedAt");
    shards = shards == null ? List.of() : List.copyOf(shards);
    shardTimings = shardTimings == null ? List.of() : List.copyOf(shardTimings);
  }

  /** The overview of a testshard run, from its summary and timings. */
  public static RunOverview of(RunSummary summary, RunTimings timings) {
    return new RunOverview(
        summary.project(),
        "run " + summary.runId(),
        summary.startedAt(),
        summary.wallTimeSeconds(),
        summary.outcome(),
        summary.shards(),
        timings == null ? List.of() : timings.shards());
  }

  /** The overview of a report merged from {@code files} JUnit XML files. */
  public static RunOverview merged(String name, int files, Instant mergedAt) {
    return new RunOverview(
        name,
        "merged from " + files + (files == 1 ? " JUnit XML file" : " JUnit XML files"),
        mergedAt,
        null,
        null,
        List.of(),
        List.of());
  }

  /** Whether this describes a merge of JUnit XML rather than a run. */
  boolean isMerge() {
    return shards.isEmpty() && shardTimings.isEmpty() && wallTimeSeconds == null;
  }
}
