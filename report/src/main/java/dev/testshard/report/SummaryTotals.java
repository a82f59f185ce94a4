package dev.testshard.report;

/**
 * Test counts in {@code summary.json}: like {@link Totals}, with {@code passed} spelled out.
 *
 * @param timeSeconds sum of the suite times, in seconds (not wall time)
 */
public record SummaryTotals(
    int tests, int passed, int failures, int errors, int skipped, double timeSeconds) {

  public static SummaryTotals of(Totals totals) {
    return new SummaryTotals(
        totals.tests(),
        totals.passed(),
        totals.failures(),
        totals.errors(),
        totals.skipped(),
        totals.timeSeconds());
  }
}
