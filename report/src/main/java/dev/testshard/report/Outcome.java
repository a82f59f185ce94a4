package dev.testshard.report;

/** How one test ended, in JUnit XML terms. */
public enum Outcome {
  PASSED,
  /** An assertion failed: {@code <failure>}. */
  FAILED,
  /** Anything else went wrong, including work lost with a crashed shard: {@code <error>}. */
  ERROR,
  SKIPPED
}
