package dev.testshard.runner.results;

import dev.testshard.report.AttemptMerger;
import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds a retry's results into a shard's earlier results. Pure.
 *
 * <p>A retry of lost work re-runs whole classes: their stand-in errors for unreported tests are
 * dropped and what the retry reports takes their place. A re-run of failed tests adds attempts: a
 * test that passes on a later attempt is flaky (it passes, with its failures kept), one that fails
 * every time keeps its first failure and the others as re-run failures.
 */
public final class AttemptMerging {

  private AttemptMerging() {}

  /**
   * @param onlyTests keys ({@link ShardResult#key}) of the tests that were re-run, or null when the
   *     retry re-ran whole classes
   */
  public static ShardResult merge(ShardResult earlier, ShardResult retry, Set<String> onlyTests) {
    Map<String, TestSuiteResult> retried = new LinkedHashMap<>();
    for (TestSuiteResult suite : retry.suites()) {
      retried.put(suite.name(), suite);
    }
    List<TestSuiteResult> suites = new ArrayList<>();
    for (TestSuiteResult suite : earlier.suites()) {
      TestSuiteResult again = retried.get(suite.name());
      if (again == null) {
        suites.add(suite);
        continue;
      }
      List<TestCaseResult> cases = new ArrayList<>();
      for (TestCaseResult testCase : suite.testCases()) {
        if (onlyTests != null || !isLost(testCase)) {
          cases.add(testCase);
        }
      }
      for (TestCaseResult testCase : again.testCases()) {
        if (onlyTests == null
            || onlyTests.contains(ShardResult.key(testCase.className(), testCase.name()))) {
          cases.add(testCase);
        }
      }
      double seconds = onlyTests == null ? again.timeSeconds() : suite.timeSeconds();
      suites.add(
          new TestSuiteResult(
              suite.name(),
              suite.hostname(),
              suite.timestamp(),
              seconds,
              suite.file(),
              suite.properties(),
              AttemptMerger.collapse(cases)));
    }
    boolean lost = false;
    for (TestSuiteResult suite : suites) {
      for (TestCaseResult testCase : suite.testCases()) {
        lost |= isLost(testCase);
      }
    }
    ShardStatus status = ShardStatus.of(lost, suites);
    String lostReason =
        lost ? (retry.lostReason() != null ? retry.lostReason() : earlier.lostReason()) : null;
    Map<String, String> ids = new LinkedHashMap<>(earlier.failedTestIds());
    ids.putAll(retry.failedTestIds());
    List<String> warnings = new ArrayList<>(earlier.warnings());
    warnings.addAll(retry.warnings());
    return new ShardResult(
        earlier.shard(),
        suites,
        status,
        lostReason,
        onlyTests == null ? retry.exit() : earlier.exit(),
        earlier.durationSeconds() + retry.durationSeconds(),
        warnings,
        ids,
        earlier.timing());
  }

  /** Whether a test case stands for a planned test that never reported. */
  public static boolean isLost(TestCaseResult testCase) {
    return testCase.outcome() == Outcome.ERROR
        && testCase.problem() != null
        && ShardResultCollector.LOST_TYPE.equals(testCase.problem().type());
  }
}
