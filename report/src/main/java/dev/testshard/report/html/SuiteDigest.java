package dev.testshard.report.html;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.testshard.report.JUnitXmlReader;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Takes the suites one at a time: streams each test into the drill-down data and each failure and
 * flaky test into theirs (through {@link EntryJson}), and keeps only what the page needs in full at
 * the end: counts, lost work by cause, the slowest classes and tests, and one timeline span per
 * class. Not thread-safe.
 */
final class SuiteDigest {

  /** The suite property that names the shard (also read from merged JUnit XML). */
  static final String SHARD_PROPERTY = JUnitXmlReader.KEPT_PROPERTY_PREFIX + "shard";

  static final int SLOWEST = 10;

  private final JsonGenerator tests;
  private final EntryJson entries;
  private final RerunCommand rerun;
  private final LostWork lost = new LostWork();
  private final Slowest<Slowest.Entry> slowClasses = new Slowest<>(SLOWEST);
  private final Slowest<Slowest.Entry> slowTests = new Slowest<>(SLOWEST);
  private final List<Timeline.Span> spans = new ArrayList<>();
  private final Set<String> shards = new LinkedHashSet<>();
  private final int[] counts = new int[Status.values().length];
  private int suites;
  private double timeSeconds;

  SuiteDigest(JsonGenerator tests, EntryJson entries, RerunCommand rerun) {
    this.tests = tests;
    this.entries = entries;
    this.rerun = rerun;
  }

  void accept(TestSuiteResult suite) throws IOException {
    String shard = suite.properties().get(SHARD_PROPERTY);
    if (shard != null) {
      shards.add(shard);
    }
    tests.writeStartArray();
    tests.writeString(suite.name());
    tests.writeString(shard);
    tests.writeString(suite.file());
    tests.writeNumber(Timeline.round(suite.timeSeconds()));
    tests.writeStartArray();
    for (TestCaseResult testCase : suite.testCases()) {
      Status status = Status.of(testCase);
      counts[status.ordinal()]++;
      String display = displayName(suite.name(), testCase);
      tests.writeStartArray();
      tests.writeString(display);
      tests.writeString(status.code);
      tests.writeNumber(Timeline.round(testCase.timeSeconds()));
      switch (status) {
        case FAILED, ERROR -> tests.writeNumber(entries.failure(suite, shard, testCase, display));
        case FLAKY -> tests.writeNumber(entries.flaky(suite, shard, testCase, display));
        case LOST -> tests.writeNumber(lost.add(suite.name(), shard, testCase, display));
        default -> {}
      }
      tests.writeEndArray();
      slowTests.offer(
          new Slowest.Entry(suite.name(), display, shard, testCase.timeSeconds(), 1),
          testCase.timeSeconds());
    }
    tests.writeEndArray();
    tests.writeEndArray();
    slowClasses.offer(
        new Slowest.Entry(suite.name(), null, shard, suite.timeSeconds(), suite.tests()),
        suite.timeSeconds());
    spans.add(
        new Timeline.Span(
            shard, suite.name(), suite.timestamp(), suite.timeSeconds(), Status.of(suite)));
    suites++;
    timeSeconds += suite.timeSeconds();
  }

  /**
   * A test's name within its top-level class: {@code name}, or {@code Inner › name} for a test of a
   * nested class {@code Outer$Inner} (or a nested class that Surefire names by its display name). A
   * test case that stands for a class as a whole has no name: {@code (class)}, or {@code Inner}.
   */
  static String displayName(String suiteName, TestCaseResult testCase) {
    String declaring = testCase.className();
    boolean whole = testCase.name().isEmpty();
    if (declaring.equals(suiteName)) {
      return whole ? "(class)" : testCase.name();
    }
    String nested =
        declaring.startsWith(suiteName + "$")
            ? declaring.substring(suiteName.length() + 1).replace('$', '.')
            : declaring;
    return whole ? nested : nested + " › " + testCase.name();
  }

  int count(Status status) {
    return counts[status.ordinal()];
  }

  int tests() {
    int n = 0;
    for (int count : counts) {
      n += count;
    }
    return n;
  }

  int suites() {
    return suites;
  }

  double timeSeconds() {
    return timeSeconds;
  }

  Set<String> shards() {
    return shards;
  }

  /** Lost tests grouped by shard and cause. */
  List<LostWork.Group> lostGroups() {
    return lost.groups(rerun);
  }

  List<Slowest.Entry> slowestClasses() {
    return slowClasses.slowestFirst();
  }

  List<Slowest.Entry> slowestTests() {
    return slowTests.slowestFirst();
  }

  List<Timeline.Span> spans() {
    return spans;
  }
}
