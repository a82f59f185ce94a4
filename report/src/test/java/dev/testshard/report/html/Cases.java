package dev.testshard.report.html;

import dev.testshard.report.Attempt;
import dev.testshard.report.Outcome;
import dev.testshard.report.Problem;
import dev.testshard.report.RunTimings;
import dev.testshard.report.ShardSummary;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Test cases, suites and runs for the HTML report tests. */
final class Cases {

  static final Instant START = Instant.parse("2026-01-15T10:02:03Z");

  static final RerunCommand RERUN =
      RerunCommand.of(List.of("testshard", "run", "--project", "/src/shop"), null);

  private Cases() {}

  static TestCaseResult passed(String className, String name, double seconds) {
    return TestCaseResult.passed(className, name, seconds);
  }

  static TestCaseResult failed(String className, String name, String message, String out) {
    return new TestCaseResult(
        className,
        name,
        0.5,
        Outcome.FAILED,
        new Problem(
            message,
            "org.opentest4j.AssertionFailedError",
            "org.opentest4j.AssertionFailedError: " + message + "\n\tat " + className),
        out,
        null);
  }

  static TestCaseResult error(String className, String name) {
    return new TestCaseResult(
        className,
        name,
        0.25,
        Outcome.ERROR,
        new Problem("boom", "java.lang.IllegalStateException", "java.lang.IllegalStateException"),
        null,
        "error output\n");
  }

  static TestCaseResult lost(String className, String name, String cause) {
    Problem problem = new Problem(cause, Problem.LOST_TYPE, cause);
    return new TestCaseResult(className, name, 0, Outcome.ERROR, problem, null, null);
  }

  static TestCaseResult flaky(String className, String name) {
    return passed(className, name, 0.5)
        .withReruns(
            List.of(Attempt.of(failed(className, name, "failed on attempt 1", "attempt output"))));
  }

  static TestSuiteResult suite(
      String name, String shard, Instant started, double seconds, TestCaseResult... cases) {
    return new TestSuiteResult(
        name,
        shard,
        started,
        seconds,
        "src/test/java/" + name.replace('.', '/') + ".java",
        shard == null ? Map.of() : Map.of("testshard.shard", shard),
        List.of(cases));
  }

  static TestSuiteResult suite(String name, String shard, TestCaseResult... cases) {
    return suite(name, shard, null, 1.5, cases);
  }

  static RunTimings.ShardTiming timing(String shard, double startSeconds, double endSeconds) {
    return new RunTimings.ShardTiming(
        shard,
        START.plusMillis((long) (startSeconds * 1000)),
        START.plusMillis((long) (endSeconds * 1000)),
        endSeconds - startSeconds,
        0.5,
        1.0,
        2.0,
        null);
  }

  static ShardSummary shard(String id, String status, String lostReason) {
    return new ShardSummary(id, 1, 1, 1, 0, 0, 0, 1.0, 0, status, lostReason);
  }

  static RunOverview run(List<ShardSummary> shards, List<RunTimings.ShardTiming> timings) {
    return new RunOverview("shop", "run r1", START, 12.5, "failed", shards, timings);
  }
}
