package dev.testshard.report.html;

import dev.testshard.report.ShardSummary;
import java.util.List;

/**
 * The run-level data of the page (the {@code ts-run} JSON element): everything but the per-test
 * arrays, which are streamed.
 *
 * @param startedAt ISO-8601 UTC
 * @param wallTimeSeconds null when unknown (merged reports)
 * @param outcome as in {@code summary.json}
 * @param merged whether the report was merged from JUnit XML rather than run
 * @param timeline null when nothing is known about when classes ran; then {@code timelineNote} says
 *     why
 * @param timelineNote what the page says about the timeline (why it is missing, or approximate)
 * @param failureDetails how many failures (and flaky tests) carry stack traces and output
 * @param rerunNote where the re-run commands must be started, or null
 */
record PageData(
    String title,
    String subtitle,
    String startedAt,
    Double wallTimeSeconds,
    String outcome,
    boolean merged,
    Counts totals,
    List<ShardSummary> shards,
    Timeline timeline,
    String timelineNote,
    List<Slowest.Entry> slowestClasses,
    List<Slowest.Entry> slowestTests,
    List<LostWork.Group> lost,
    int failureDetails,
    String rerunNote) {

  static PageData of(
      RunOverview overview, SuiteDigest digest, int failureCount, RerunCommand rerun) {
    Timeline timeline = Timeline.build(digest.spans(), overview.shardTimings(), overview.shards());
    String note;
    if (timeline == null) {
      note =
          overview.isMerge()
              ? "No shard timeline (merged from JUnit XML without testshard's shard times)."
              : "No shard timeline: no container times were recorded.";
    } else if (timeline.approximate()) {
      note =
          "Approximate: derived from the JUnit XML timestamps (whole seconds) of the merged"
              + " reports.";
    } else {
      note = null;
    }
    int shardCount =
        overview.shards().isEmpty() ? digest.shards().size() : overview.shards().size();
    Counts counts = Counts.of(digest, shardCount);
    return new PageData(
        overview.title(),
        overview.subtitle(),
        overview.startedAt().toString(),
        overview.wallTimeSeconds(),
        overview.outcome() != null ? overview.outcome() : counts.outcome(),
        overview.isMerge(),
        counts,
        overview.shards(),
        timeline,
        note,
        digest.slowestClasses(),
        digest.slowestTests(),
        digest.lostGroups(),
        Math.min(failureCount, EntryJson.DETAILED),
        rerun.note());
  }

  /**
   * Test counts. {@code errors} includes {@code lost} (as the XML counts them) and {@code passed}
   * includes {@code flaky} (as summary.json counts them).
   *
   * @param shards shards that ran, or that the suites name when merged
   */
  record Counts(
      int tests,
      int passed,
      int failed,
      int errors,
      int skipped,
      int flaky,
      int lost,
      double timeSeconds,
      int classes,
      int shards) {

    static Counts of(SuiteDigest digest, int shardCount) {
      int lost = digest.count(Status.LOST);
      int flaky = digest.count(Status.FLAKY);
      return new Counts(
          digest.tests(),
          digest.count(Status.PASSED) + flaky,
          digest.count(Status.FAILED),
          digest.count(Status.ERROR) + lost,
          digest.count(Status.SKIPPED),
          flaky,
          lost,
          Timeline.round(digest.timeSeconds()),
          digest.suites(),
          shardCount);
    }

    /** {@code failed}, {@code no-tests} or {@code passed}, for reports that have no verdict. */
    String outcome() {
      if (failed + errors > 0) {
        return "failed";
      }
      return tests == 0 ? "no-tests" : "passed";
    }
  }
}
