package dev.testshard.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collapses the runs of retried tests into one {@link TestCaseResult} per logical test, as
 * docs/report-format.md asks ("one {@code <testcase>} per logical test"), following Maven
 * Surefire's {@code rerunFailingTestsCount} convention. Pure and stateless.
 *
 * <p>Runs are grouped by ({@code className}, {@code name}); groups keep the order in which each
 * test was first seen. Within a group, in the order the runs happened:
 *
 * <ul>
 *   <li>some run passed: the test passed and is reported by its <em>last</em> passing run; every
 *       failed or errored run becomes a rerun, so the test is {@linkplain TestCaseResult#flaky()
 *       flaky} when there was one;
 *   <li>no run passed, some failed or errored: the <em>first</em> failure is reported and the later
 *       failures are its reruns (Surefire reports the first failure too);
 *   <li>every run was skipped: the first skipped run is reported.
 * </ul>
 *
 * <p>Skipped runs next to other outcomes, and passing runs other than the reported one, leave no
 * trace: JUnit XML has no element for them. The test case's time is the reported run's time, not
 * the sum of all runs (the suite time, which is wall time, already covers every run). A test case
 * that already has reruns (e.g. read from a Surefire report) is first unfolded into its runs, so
 * collapsing a collapsed list changes nothing.
 */
public final class AttemptMerger {

  private AttemptMerger() {}

  /** One test case per ({@code className}, {@code name}), in the order first seen. */
  public static List<TestCaseResult> collapse(List<TestCaseResult> attemptsInOrder) {
    Map<List<String>, List<TestCaseResult>> groups = new LinkedHashMap<>();
    for (TestCaseResult run : attemptsInOrder) {
      groups
          .computeIfAbsent(List.of(run.className(), run.name()), key -> new ArrayList<>())
          .add(run);
    }
    List<TestCaseResult> collapsed = new ArrayList<>(groups.size());
    for (List<TestCaseResult> runs : groups.values()) {
      collapsed.add(runs.size() == 1 ? runs.get(0) : collapseGroup(runs));
    }
    return List.copyOf(collapsed);
  }

  /** The same suite with its test cases collapsed; name, times and properties are kept. */
  public static TestSuiteResult collapse(TestSuiteResult suite) {
    return new TestSuiteResult(
        suite.name(),
        suite.hostname(),
        suite.timestamp(),
        suite.timeSeconds(),
        suite.file(),
        suite.properties(),
        collapse(suite.testCases()));
  }

  private static TestCaseResult collapseGroup(List<TestCaseResult> group) {
    List<TestCaseResult> runs = new ArrayList<>();
    for (TestCaseResult testCase : group) {
      unfold(testCase, runs);
    }
    TestCaseResult lastPass = null;
    TestCaseResult firstFailure = null;
    List<Attempt> failures = new ArrayList<>();
    for (TestCaseResult run : runs) {
      switch (run.outcome()) {
        case PASSED -> lastPass = run;
        case FAILED, ERROR -> {
          if (firstFailure == null) {
            firstFailure = run;
          }
          failures.add(Attempt.of(run));
        }
        case SKIPPED -> {}
      }
    }
    if (lastPass != null) {
      return lastPass.withReruns(failures);
    }
    if (firstFailure != null) {
      return firstFailure.withReruns(failures.subList(1, failures.size()));
    }
    return runs.get(0);
  }

  /**
   * Adds the runs a test case stands for, in the order they happened: Surefire's flaky failures
   * came before the pass, its rerun failures after the first failure.
   */
  private static void unfold(TestCaseResult testCase, List<TestCaseResult> runs) {
    if (testCase.reruns().isEmpty()) {
      runs.add(testCase);
      return;
    }
    TestCaseResult reported = testCase.withReruns(List.of());
    boolean reportedFirst = testCase.outcome() != Outcome.PASSED;
    if (reportedFirst) {
      runs.add(reported);
    }
    for (Attempt rerun : testCase.reruns()) {
      runs.add(
          new TestCaseResult(
              testCase.className(),
              testCase.name(),
              rerun.timeSeconds(),
              rerun.outcome(),
              rerun.problem(),
              rerun.systemOut(),
              rerun.systemErr()));
    }
    if (!reportedFirst) {
      runs.add(reported);
    }
  }
}
