package dev.testshard.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Test cases and suites used across the report tests. */
final class TestData {

  static final Instant REPORT_TIME = Instant.parse("2026-01-15T10:02:03Z");

  private TestData() {}

  /**
   * A summary of project {@code p}, run {@code r}, started at {@link #REPORT_TIME}, that took 1 s
   * and exited 0, with no failures. The format is left null, which the record takes as {@link
   * RunSummary#FORMAT}.
   */
  static RunSummary summary(
      String outcome,
      SummaryTotals totals,
      List<ShardSummary> shards,
      List<FlakySummary> flaky,
      StepTimes steps) {
    return new RunSummary(
        null, "p", "r", REPORT_TIME, 1, 0, outcome, totals, shards, null, flaky, steps);
  }

  static TestCaseResult passed(String className, String name) {
    return TestCaseResult.passed(className, name, 0.25);
  }

  static TestCaseResult failed(String className, String name, String message) {
    return new TestCaseResult(
        className,
        name,
        0.5,
        Outcome.FAILED,
        new Problem(
            message,
            "org.opentest4j.AssertionFailedError",
            "AssertionFailedError: " + message + "\n\tat " + className),
        null,
        null);
  }

  static TestCaseResult error(String className, String name) {
    return new TestCaseResult(
        className,
        name,
        0.125,
        Outcome.ERROR,
        new Problem(
            "boom", "java.lang.IllegalStateException", "java.lang.IllegalStateException: boom"),
        "some output\n",
        "some error output\n");
  }

  static TestCaseResult skipped(String className, String name) {
    return new TestCaseResult(
        className, name, 0, Outcome.SKIPPED, Problem.of("disabled for now"), null, null);
  }

  /** Passed on the third run, after a failure and an error. */
  static TestCaseResult flaky(String className, String name) {
    return passed(className, name)
        .withReruns(
            List.of(
                Attempt.of(failed(className, name, "first run")),
                Attempt.of(error(className, name))));
  }

  /** Every outcome without reruns, with output, and with missing details: for schema tests. */
  static List<TestCaseResult> everyOutcome(String cls) {
    return List.of(
        passed(cls, "passes()"),
        TestCaseResult.passed(cls + "$Nested", "passes()", 1234.5678),
        failed(cls, "fails()", "expected 2 but was 3"),
        error(cls, "throws()"),
        skipped(cls, "disabled()"),
        new TestCaseResult(
            cls,
            "assumption()",
            0,
            Outcome.SKIPPED,
            new Problem("assumption failed", "org.opentest4j.TestAbortedException", "trace"),
            "out",
            null),
        new TestCaseResult(cls, "noDetails()", 0.1, Outcome.FAILED, null, null, null),
        new TestCaseResult(
            cls, "noType()", 0.1, Outcome.ERROR, Problem.of("no type"), "out", "err"));
  }

  /** A suite of {@code cls} as a shard writes it: shard, start, wall time, file, properties. */
  static TestSuiteResult shardSuite(String cls, List<TestCaseResult> testCases) {
    return new TestSuiteResult(
        cls,
        "shard-01",
        Instant.parse("2026-01-15T10:02:07Z"),
        1300,
        "src/test/java/" + cls.replace('.', '/') + ".java",
        Map.of("testshard.shard", "shard-01", "testshard.shards", "2"),
        testCases);
  }

  static TestSuiteResult suite(String name, String shard, TestCaseResult... testCases) {
    return new TestSuiteResult(
        name,
        shard,
        null,
        1.5,
        null,
        shard == null ? Map.of() : Map.of("testshard.shard", shard),
        List.of(testCases));
  }
}
