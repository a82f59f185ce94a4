package dev.testshard.report;

import java.util.ArrayList;
import java.util.List;

/** Collects the parts of one {@code <testcase>} while it is read. */
final class TestCaseBuilder {

  private final String className;
  private final String name;
  private final double timeSeconds;
  private Outcome outcome = Outcome.PASSED;
  private Problem problem;
  private String systemOut;
  private String systemErr;
  private final List<Attempt> reruns = new ArrayList<>();

  TestCaseBuilder(String className, String name, double timeSeconds) {
    this.className = className;
    this.name = name;
    this.timeSeconds = timeSeconds;
  }

  /** Keeps the worst outcome seen: error over failure over skipped, the first one of each. */
  void problem(Outcome seen, Problem details) {
    if (rank(seen) > rank(outcome)) {
      outcome = seen;
      problem = details;
    }
  }

  /** Several {@code <system-out>} elements (JUnit Platform writes two) are joined in order. */
  void systemOut(String text) {
    systemOut = join(systemOut, text);
  }

  void systemErr(String text) {
    systemErr = join(systemErr, text);
  }

  /** A flaky or rerun attempt, in document order. */
  void rerun(Attempt attempt) {
    reruns.add(attempt);
  }

  TestCaseResult build() {
    return new TestCaseResult(
        className, name, timeSeconds, outcome, problem, systemOut, systemErr, reruns);
  }

  /** {@code before} and {@code more} on separate lines; either may be null. */
  static String join(String before, String more) {
    if (before == null) {
      return more;
    }
    if (more == null) {
      return before;
    }
    return before.endsWith("\n") ? before + more : before + "\n" + more;
  }

  private static int rank(Outcome outcome) {
    return switch (outcome) {
      case PASSED -> 0;
      case SKIPPED -> 1;
      case FAILED -> 2;
      case ERROR -> 3;
    };
  }
}
