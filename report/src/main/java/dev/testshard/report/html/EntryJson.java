package dev.testshard.report.html;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.testshard.report.Attempt;
import dev.testshard.report.Problem;
import dev.testshard.report.ReportLimits;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import dev.testshard.report.XmlText;
import java.io.IOException;

/**
 * Writes one JSON object per failed and per flaky test, each into its own array, with text
 * sanitized (ANSI codes and control characters removed, as in the XML) and capped so that the page
 * stays small whatever the tests printed: full details (stack trace, captured output) for the first
 * {@link #DETAILED} of each kind, only a short message for the rest. Not thread-safe.
 */
final class EntryJson {

  /** Failures, and flaky tests, that are embedded with stack trace and output. */
  static final int DETAILED = 500;

  static final int MAX_MESSAGE_CHARS = 2 * 1024;
  static final int SHORT_MESSAGE_CHARS = 300;
  static final int MAX_TRACE_CHARS = 16 * 1024;
  static final int MAX_OUTPUT_CHARS = 8 * 1024;

  private final JsonGenerator failures;
  private final JsonGenerator flaky;
  private final RerunCommand rerun;
  private final String outputPointer;
  private int failureCount;
  private int flakyCount;

  /**
   * @param outputPointer where a shard's full output is, with {@value
   *     ReportLimits#SHARD_PLACEHOLDER} for the shard id; or null when unknown
   */
  EntryJson(JsonGenerator failures, JsonGenerator flaky, RerunCommand rerun, String outputPointer) {
    this.failures = failures;
    this.flaky = flaky;
    this.rerun = rerun;
    this.outputPointer = outputPointer;
  }

  /** Writes a failed or errored test; returns its index in the failures array. */
  int failure(TestSuiteResult suite, String shard, TestCaseResult testCase, String display)
      throws IOException {
    boolean detailed = failureCount < DETAILED;
    String pointer = pointer(shard);
    failures.writeStartObject();
    common(failures, suite, shard, display);
    failures.writeStringField("status", Status.of(testCase).code);
    problem(failures, testCase.problem(), detailed, pointer);
    if (detailed) {
      failures.writeStringField("out", capped(testCase.systemOut(), MAX_OUTPUT_CHARS, pointer));
      failures.writeStringField("err", capped(testCase.systemErr(), MAX_OUTPUT_CHARS, pointer));
    }
    failures.writeNumberField("attempts", testCase.attempts());
    failures.writeStringField(
        "command",
        rerun.forTest(
            suite.name(),
            // A nested class's test: its top-level class is what a pattern can name.
            suite.name().equals(testCase.className()) ? testCase.name() : null));
    failures.writeEndObject();
    return failureCount++;
  }

  /** Writes a flaky test with its failed attempts; returns its index in the flaky array. */
  int flaky(TestSuiteResult suite, String shard, TestCaseResult testCase, String display)
      throws IOException {
    boolean detailed = flakyCount < DETAILED;
    String pointer = pointer(shard);
    flaky.writeStartObject();
    common(flaky, suite, shard, display);
    flaky.writeNumberField("attempts", testCase.attempts());
    flaky.writeArrayFieldStart("failures");
    for (Attempt attempt : testCase.reruns()) {
      flaky.writeStartObject();
      flaky.writeStringField("status", attempt.outcome().name().toLowerCase(java.util.Locale.ROOT));
      problem(flaky, attempt.problem(), detailed, pointer);
      flaky.writeEndObject();
    }
    flaky.writeEndArray();
    flaky.writeEndObject();
    return flakyCount++;
  }

  int failureCount() {
    return failureCount;
  }

  int flakyCount() {
    return flakyCount;
  }

  private static void common(
      JsonGenerator json, TestSuiteResult suite, String shard, String display) throws IOException {
    json.writeStringField("suite", suite.name());
    json.writeStringField("name", XmlText.sanitize(display));
    json.writeStringField("shard", shard);
    json.writeStringField("file", suite.file());
  }

  private static void problem(JsonGenerator json, Problem problem, boolean detailed, String pointer)
      throws IOException {
    if (problem == null) {
      return;
    }
    int messageChars = detailed ? MAX_MESSAGE_CHARS : SHORT_MESSAGE_CHARS;
    json.writeStringField("message", capped(problem.message(), messageChars, null));
    json.writeStringField("type", capped(problem.type(), SHORT_MESSAGE_CHARS, null));
    if (detailed) {
      json.writeStringField("trace", capped(problem.stackTrace(), MAX_TRACE_CHARS, pointer));
    }
  }

  private String pointer(String shard) {
    return outputPointer == null || shard == null
        ? null
        : outputPointer.replace(ReportLimits.SHARD_PLACEHOLDER, shard);
  }

  private static String capped(String text, int maxChars, String pointer) {
    return XmlText.cap(XmlText.sanitize(text), maxChars, pointer);
  }
}
