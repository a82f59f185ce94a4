package dev.testshard.report;

import java.util.Objects;

/**
 * One logical test: a {@code <testcase>}.
 *
 * @param className the {@code classname} attribute: the class that declares the test, which for a
 *     {@code @Nested} test is the inner class ({@code com.acme.Outer$Inner})
 * @param name the {@code name} attribute, e.g. {@code addsItem()}
 * @param timeSeconds duration in seconds, never negative
 * @param outcome how it ended
 * @param problem failure, error or skip reason; null when {@link Outcome#PASSED}
 * @param systemOut captured standard output, or null
 * @param systemErr captured standard error, or null
 */
public record TestCaseResult(
    String className,
    String name,
    double timeSeconds,
    Outcome outcome,
    Problem problem,
    String systemOut,
    String systemErr) {

  public TestCaseResult {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(outcome, "outcome");
    if (!(timeSeconds >= 0)) {
      timeSeconds = 0;
    }
  }

  public static TestCaseResult passed(String className, String name, double timeSeconds) {
    return new TestCaseResult(className, name, timeSeconds, Outcome.PASSED, null, null, null);
  }
}
