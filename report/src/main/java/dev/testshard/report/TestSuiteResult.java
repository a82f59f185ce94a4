package dev.testshard.report;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * All tests of one top-level test class: a {@code <testsuite>} of the merged report. Counts are
 * always derived from {@link #testCases()}, never stored.
 *
 * @param name fully qualified name of the top-level class
 * @param hostname the shard that ran the class (the {@code hostname} attribute), or null
 * @param timestamp when the class started, or null when unknown
 * @param timeSeconds wall time of the class including class-level set-up and tear-down
 * @param file repository-relative source path of the class, or null when unknown
 * @param properties suite properties in order (e.g. {@code testshard.shard})
 * @param testCases the tests, in execution order; one per logical test (see {@link AttemptMerger}
 *     for retries)
 */
public record TestSuiteResult(
    String name,
    String hostname,
    Instant timestamp,
    double timeSeconds,
    String file,
    Map<String, String> properties,
    List<TestCaseResult> testCases) {

  public TestSuiteResult {
    Objects.requireNonNull(name, "name");
    properties =
        properties == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    testCases = List.copyOf(testCases);
    if (!(timeSeconds >= 0)) {
      timeSeconds = 0;
    }
  }

  public int tests() {
    return testCases.size();
  }

  public int failures() {
    return count(Outcome.FAILED);
  }

  public int errors() {
    return count(Outcome.ERROR);
  }

  public int skipped() {
    return count(Outcome.SKIPPED);
  }

  /** Test cases that passed only after failing; they are counted as passed, not as failures. */
  public int flaky() {
    int n = 0;
    for (TestCaseResult testCase : testCases) {
      if (testCase.flaky()) {
        n++;
      }
    }
    return n;
  }

  private int count(Outcome outcome) {
    int n = 0;
    for (TestCaseResult testCase : testCases) {
      if (testCase.outcome() == outcome) {
        n++;
      }
    }
    return n;
  }
}
