package dev.testshard.report;

/**
 * Test counts of a whole report or part of one. {@code passed = tests - failures - errors -
 * skipped}.
 */
public record Totals(int tests, int failures, int errors, int skipped, double timeSeconds) {

  public static final Totals ZERO = new Totals(0, 0, 0, 0, 0);

  public int passed() {
    return tests - failures - errors - skipped;
  }

  public Totals plus(TestSuiteResult suite) {
    return new Totals(
        tests + suite.tests(),
        failures + suite.failures(),
        errors + suite.errors(),
        skipped + suite.skipped(),
        timeSeconds + suite.timeSeconds());
  }

  public Totals plus(Totals other) {
    return new Totals(
        tests + other.tests,
        failures + other.failures,
        errors + other.errors,
        skipped + other.skipped,
        timeSeconds + other.timeSeconds);
  }
}
