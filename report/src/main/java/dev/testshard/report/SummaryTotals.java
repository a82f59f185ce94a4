package dev.testshard.report;

/**
 * Test counts in {@code summary.json}: like {@link Totals}, with {@code passed} spelled out. JSON
 * fields in component order; {@code flaky} came last so that the earlier fields keep their places.
 *
 * @param timeSeconds sum of the suite times, in seconds (not wall time)
 * @param flaky tests that passed only after failing; they are part of {@code passed} (0 in files
 *     written before the field existed)
 */
public record SummaryTotals(
    int tests, int passed, int failures, int errors, int skipped, double timeSeconds, int flaky) {

  /** Totals without flaky tests. */
  public SummaryTotals(
      int tests, int passed, int failures, int errors, int skipped, double timeSeconds) {
    this(tests, passed, failures, errors, skipped, timeSeconds, 0);
  }

  /** The counts of {@code totals}, with no flaky tests. */
  public static SummaryTotals of(Totals totals) {
    return of(totals, 0);
  }

  /**
   * The counts of {@code totals} and the number of flaky tests among its passed ones.
   *
   * @throws IllegalArgumentException when {@code flaky} is negative or more than {@code passed}
   */
  public static SummaryTotals of(Totals totals, int flaky) {
    if (flaky < 0 || flaky > totals.passed()) {
      throw new IllegalArgumentException(
          "flaky must be between 0 and passed (" + totals.passed() + "): " + flaky);
    }
    return new SummaryTotals(
        totals.tests(),
        totals.passed(),
        totals.failures(),
        totals.errors(),
        totals.skipped(),
        totals.timeSeconds(),
        flaky);
  }
}
