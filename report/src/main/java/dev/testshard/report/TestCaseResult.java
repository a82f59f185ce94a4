package dev.testshard.report;

import java.util.List;
import java.util.Objects;

/**
 * One logical test: a {@code <testcase>}. When the test ran more than once (retries), this is the
 * run whose outcome counts and {@link #reruns()} holds the other failed runs; {@link AttemptMerger}
 * builds that from the single runs. Counted once in {@code tests}, whatever the number of runs.
 *
 * @param className the {@code classname} attribute, as Maven Surefire writes it: the class that
 *     declares the test, which for a {@code @Nested} test is the inner class ({@code
 *     com.acme.Outer$Inner}) or its {@code @DisplayName}
 * @param name the {@code name} attribute, as Maven Surefire writes it, e.g. {@code addsItem} or
 *     {@code refund(int)[2]}; empty for a test case that stands for a class as a whole
 * @param timeSeconds duration in seconds, never negative; of the reported run only
 * @param outcome how it ended
 * @param problem failure, error or skip reason; null when {@link Outcome#PASSED}
 * @param systemOut captured standard output, or null
 * @param systemErr captured standard error, or null
 * @param reruns the other failed or errored runs, in the order they ran; never null (null is taken
 *     as empty). With outcome {@link Outcome#PASSED} they make the test {@linkplain #flaky() flaky}
 *     ({@code <flakyFailure>}/{@code <flakyError>}); with {@link Outcome#FAILED} or {@link
 *     Outcome#ERROR} they are the failed retries ({@code <rerunFailure>}/{@code <rerunError>})
 */
public record TestCaseResult(
    String className,
    String name,
    double timeSeconds,
    Outcome outcome,
    Problem problem,
    String systemOut,
    String systemErr,
    List<Attempt> reruns) {

  public TestCaseResult {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(outcome, "outcome");
    if (!(timeSeconds >= 0)) {
      timeSeconds = 0;
    }
    reruns = reruns == null ? List.of() : List.copyOf(reruns);
  }

  /** A test case that ran once. */
  public TestCaseResult(
      String className,
      String name,
      double timeSeconds,
      Outcome outcome,
      Problem problem,
      String systemOut,
      String systemErr) {
    this(className, name, timeSeconds, outcome, problem, systemOut, systemErr, List.of());
  }

  public static TestCaseResult passed(String className, String name, double timeSeconds) {
    return new TestCaseResult(className, name, timeSeconds, Outcome.PASSED, null, null, null);
  }

  /** Passed, but only after failing: counted as passed, reported with its failed runs. */
  public boolean flaky() {
    return outcome == Outcome.PASSED && !reruns.isEmpty();
  }

  /** The number of runs this test case records: the reported one plus {@link #reruns()}. */
  public int attempts() {
    return 1 + reruns.size();
  }

  /** This test case with other reruns. */
  public TestCaseResult withReruns(List<Attempt> otherReruns) {
    return new TestCaseResult(
        className, name, timeSeconds, outcome, problem, systemOut, systemErr, otherReruns);
  }
}
