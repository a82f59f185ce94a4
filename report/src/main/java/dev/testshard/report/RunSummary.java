package dev.testshard.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one testshard run did: the content of {@code summary.json}, format {@value #FORMAT}, written
 * and read by {@link SummaryJson}. Field order in the JSON is the order of the components; fields
 * added later (such as {@code flaky}) come last, so earlier fields keep their places and the format
 * stays {@value #FORMAT}.
 *
 * @param format always {@value #FORMAT}; null is taken as that
 * @param project the project's name
 * @param runId the run id, as in the {@code dev.testshard.run} label
 * @param startedAt when the run started; in JSON an ISO-8601 UTC string ({@code
 *     2026-01-15T10:02:03Z})
 * @param wallTimeSeconds wall time of the whole run, in seconds
 * @param exitCode the process exit code (0 passed, 1 test failures, 2 usage, 3 no tests, 4
 *     infrastructure, 5 internal error)
 * @param outcome {@code passed}, {@code failed}, {@code no-tests}, {@code infrastructure-failure}
 *     or {@code error}
 * @param totals test counts over all shards
 * @param shards one entry per shard, in plan order; null is taken as empty
 * @param failures every failed or errored test; null is taken as empty
 * @param flaky every test that passed only after failing, in report order; null (as in files
 *     written before the field existed) is taken as empty
 * @param steps where the run's time went outside the tests; left out of the JSON when null (files
 *     written before the field existed, or summaries made without timings)
 */
public record RunSummary(
    String format,
    String project,
    String runId,
    Instant startedAt,
    double wallTimeSeconds,
    int exitCode,
    String outcome,
    SummaryTotals totals,
    List<ShardSummary> shards,
    List<FailureSummary> failures,
    List<FlakySummary> flaky,
    @JsonInclude(JsonInclude.Include.NON_NULL) StepTimes steps) {

  /** The format identifier this class writes. */
  public static final String FORMAT = "testshard-summary/1";

  private static final Set<String> OUTCOMES =
      Set.of("passed", "failed", "no-tests", "infrastructure-failure", "error");

  public RunSummary {
    format = format == null ? FORMAT : format;
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(totals, "totals");
    if (!OUTCOMES.contains(outcome)) {
      throw new IllegalArgumentException("outcome must be one of " + OUTCOMES + ": " + outcome);
    }
    shards = shards == null ? List.of() : List.copyOf(shards);
    failures = failures == null ? List.of() : List.copyOf(failures);
    flaky = flaky == null ? List.of() : List.copyOf(flaky);
  }
}
