package dev.testshard.report;

import java.util.Objects;

/**
 * One failed or errored run of a test other than the run whose outcome its {@link TestCaseResult}
 * reports: a failed attempt before a pass ({@code <flakyFailure>}/{@code <flakyError>}) or a
 * further failure after the reported one ({@code <rerunFailure>}/{@code <rerunError>}). Passed and
 * skipped runs are not kept: JUnit XML has no element for them.
 *
 * @param outcome {@link Outcome#FAILED} or {@link Outcome#ERROR}
 * @param problem what went wrong, or null when unknown
 * @param timeSeconds duration of this run in seconds, never negative
 * @param systemOut output captured during this run, or null
 * @param systemErr error output captured during this run, or null
 */
public record Attempt(
    Outcome outcome, Problem problem, double timeSeconds, String systemOut, String systemErr) {

  public Attempt {
    Objects.requireNonNull(outcome, "outcome");
    if (outcome != Outcome.FAILED && outcome != Outcome.ERROR) {
      throw new IllegalArgumentException("an attempt records a failure or an error: " + outcome);
    }
    if (!(timeSeconds >= 0)) {
      timeSeconds = 0;
    }
  }

  /**
   * The run described by a failed or errored test case; its own reruns are not included.
   *
   * @throws IllegalArgumentException when the test case passed or was skipped
   */
  public static Attempt of(TestCaseResult run) {
    return new Attempt(
        run.outcome(), run.problem(), run.timeSeconds(), run.systemOut(), run.systemErr());
  }
}
