package dev.testshard.runner.it;

import dev.testshard.report.Totals;

/** Test counts without time, for comparing reports. */
record Counts(int tests, int failures, int errors, int skipped) {

  static Counts of(Totals totals) {
    return new Counts(totals.tests(), totals.failures(), totals.errors(), totals.skipped());
  }
}
