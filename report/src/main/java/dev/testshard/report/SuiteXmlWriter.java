package dev.testshard.report;

import java.time.Instant;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@code <testsuite>} elements of the merged report (docs/report-format.md) to a StAX
 * writer: indented with two spaces per level, counts recomputed from the test cases, the suite's
 * {@code file} on each test case, text sanitized and capped per {@link ReportLimits}. No CDATA:
 * text is escaped by the writer, so {@code ]]>} in output is harmless.
 *
 * <p>Reruns are written as Maven Surefire writes them: one {@code <flakyFailure>}/{@code
 * <flakyError>} per failed run of a passed test, or {@code <rerunFailure>}/{@code <rerunError>} per
 * further failed run of a failed test, each with {@code message} and {@code type} attributes and
 * {@code <stackTrace>}, {@code <system-out>} and {@code <system-err>} children. Unlike Surefire
 * they also carry the run's {@code time} (as nextest does), so that a merged report reads back with
 * the run times.
 *
 * <p>A test case's children follow the element order of Surefire's report schema (3.0 and 3.0.2):
 * {@code <failure>}, the failure reruns, {@code <skipped>}, {@code <error>}, the error reruns, then
 * {@code <system-out>} and {@code <system-err>}. So when a test's runs mixed failures and errors,
 * the reruns are grouped by kind (each group in run order) rather than strictly in run order.
 */
final class SuiteXmlWriter {

  private final XMLStreamWriter xml;
  private final ReportLimits limits;
  private final Instant defaultTimestamp;

  SuiteXmlWriter(XMLStreamWriter xml, ReportLimits limits, Instant defaultTimestamp) {
    this.xml = xml;
    this.limits = limits;
    this.defaultTimestamp = defaultTimestamp;
  }

  /** Writes one {@code <testsuite>} element, indented at level 1, followed by a line break. */
  void write(TestSuiteResult suite, int id) throws XMLStreamException {
    boolean empty = suite.testCases().isEmpty() && suite.properties().isEmpty();
    indent(1);
    if (empty) {
      xml.writeEmptyElement("testsuite");
    } else {
      xml.writeStartElement("testsuite");
    }
    attribute(xml, "name", suite.name());
    attribute(xml, "id", Integer.toString(id));
    attribute(xml, "hostname", suite.hostname());
    counts(xml, Totals.ZERO.plus(suite));
    Instant started = suite.timestamp() != null ? suite.timestamp() : defaultTimestamp;
    attribute(xml, "timestamp", XmlText.formatTimestamp(started));
    xml.writeCharacters("\n");
    if (empty) {
      return;
    }
    writeProperties(suite.properties());
    String pointer = limits.pointerFor(suite.hostname());
    for (TestCaseResult testCase : suite.testCases()) {
      writeTestCase(testCase, suite.file(), pointer);
    }
    indent(1);
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private void writeProperties(Map<String, String> properties) throws XMLStreamException {
    if (properties.isEmpty()) {
      return;
    }
    indent(2);
    xml.writeStartElement("properties");
    xml.writeCharacters("\n");
    for (Map.Entry<String, String> property : properties.entrySet()) {
      indent(3);
      xml.writeEmptyElement("property");
      attribute(xml, "name", property.getKey());
      attribute(xml, "value", property.getValue() == null ? "" : property.getValue());
      xml.writeCharacters("\n");
    }
    indent(2);
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private void writeTestCase(TestCaseResult testCase, String file, String pointer)
      throws XMLStreamException {
    Problem problem = testCase.problem();
    boolean empty =
        testCase.outcome() == Outcome.PASSED
            && testCase.reruns().isEmpty()
            && testCase.systemOut() == null
            && testCase.systemErr() == null;
    indent(2);
    if (empty) {
      xml.writeEmptyElement("testcase");
    } else {
      xml.writeStartElement("testcase");
    }
    attribute(xml, "classname", testCase.className());
    attribute(xml, "name", testCase.name());
    attribute(xml, "time", XmlText.formatSeconds(testCase.timeSeconds()));
    attribute(xml, "file", file);
    xml.writeCharacters("\n");
    if (empty) {
      return;
    }
    // The order of Surefire's schema: failure, its reruns, skipped, error, its reruns.
    if (testCase.outcome() == Outcome.FAILED) {
      writeProblem("failure", problem, pointer);
    }
    writeReruns(testCase, Outcome.FAILED, pointer);
    if (testCase.outcome() == Outcome.SKIPPED) {
      writeProblem("skipped", problem, pointer);
    }
    if (testCase.outcome() == Outcome.ERROR) {
      writeProblem("error", problem, pointer);
    }
    writeReruns(testCase, Outcome.ERROR, pointer);
    if (testCase.systemOut() != null) {
      textElement(
          "system-out",
          null,
          null,
          capped(testCase.systemOut(), limits.maxOutputCharsPerTest(), pointer));
    }
    if (testCase.systemErr() != null) {
      textElement(
          "system-err",
          null,
          null,
          capped(testCase.systemErr(), limits.maxOutputCharsPerTest(), pointer));
    }
    indent(2);
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  /**
   * {@code <failure>}, {@code <error>} or {@code <skipped>}. Failures and errors always carry a
   * {@code type} (empty when unknown): Surefire's and Ant's schemas require one.
   */
  private void writeProblem(String element, Problem problem, String pointer)
      throws XMLStreamException {
    String message =
        problem == null ? null : capped(problem.message(), limits.maxStackTraceChars(), pointer);
    String type = element.equals("skipped") ? null : typeOf(problem);
    String trace =
        problem == null ? null : capped(problem.stackTrace(), limits.maxStackTraceChars(), pointer);
    textElement(element, message, type, trace);
  }

  /** The test case's reruns with the given outcome, in the order they ran. */
  private void writeReruns(TestCaseResult testCase, Outcome outcome, String pointer)
      throws XMLStreamException {
    boolean flaky = testCase.outcome() == Outcome.PASSED;
    for (Attempt rerun : testCase.reruns()) {
      if (rerun.outcome() == outcome) {
        writeRerun(rerun, flaky, pointer);
      }
    }
  }

  /**
   * {@code <flakyFailure>} and its kin at test-case child depth, with a {@code type} (empty when
   * unknown) and a {@code <stackTrace>} (empty when unknown), both required by Surefire's schema,
   * and {@code <system-out>} and {@code <system-err>} when there was output. A skipped test case
   * with reruns (only ever built by hand) gets the {@code rerun} elements.
   */
  private void writeRerun(Attempt rerun, boolean flaky, String pointer) throws XMLStreamException {
    String element =
        (flaky ? "flaky" : "rerun") + (rerun.outcome() == Outcome.FAILED ? "Failure" : "Error");
    Problem problem = rerun.problem();
    String message =
        problem == null ? null : capped(problem.message(), limits.maxStackTraceChars(), pointer);
    String trace =
        problem == null ? null : capped(problem.stackTrace(), limits.maxStackTraceChars(), pointer);
    String out = capped(rerun.systemOut(), limits.maxOutputCharsPerTest(), pointer);
    String err = capped(rerun.systemErr(), limits.maxOutputCharsPerTest(), pointer);
    indent(3);
    xml.writeStartElement(element);
    attribute(xml, "message", message);
    attribute(xml, "type", typeOf(problem));
    attribute(xml, "time", XmlText.formatSeconds(rerun.timeSeconds()));
    xml.writeCharacters("\n");
    textElement(4, "stackTrace", null, null, trace);
    if (out != null) {
      textElement(4, "system-out", null, null, out);
    }
    if (err != null) {
      textElement(4, "system-err", null, null, err);
    }
    indent(3);
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static String typeOf(Problem problem) {
    return problem == null || problem.type() == null ? "" : problem.type();
  }

  /** {@code <element message type>text</element>} on its own line at test-case child depth. */
  private void textElement(String element, String message, String type, String text)
      throws XMLStreamException {
    textElement(3, element, message, type, text);
  }

  /** {@code <element message type>text</element>} on its own line at the given depth. */
  private void textElement(int level, String element, String message, String type, String text)
      throws XMLStreamException {
    indent(level);
    if (text == null || text.isEmpty()) {
      xml.writeEmptyElement(element);
    } else {
      xml.writeStartElement(element);
    }
    attribute(xml, "message", message);
    attribute(xml, "type", type);
    if (text != null && !text.isEmpty()) {
      xml.writeCharacters(text);
      xml.writeEndElement();
    }
    xml.writeCharacters("\n");
  }

  private static String capped(String text, int maxChars, String pointer) {
    return XmlText.cap(XmlText.sanitize(text), maxChars, XmlText.sanitize(pointer));
  }

  /** The {@code tests failures errors skipped time} attributes. */
  static void counts(XMLStreamWriter writer, Totals counts) throws XMLStreamException {
    attribute(writer, "tests", Integer.toString(counts.tests()));
    attribute(writer, "failures", Integer.toString(counts.failures()));
    attribute(writer, "errors", Integer.toString(counts.errors()));
    attribute(writer, "skipped", Integer.toString(counts.skipped()));
    attribute(writer, "time", XmlText.formatSeconds(counts.timeSeconds()));
  }

  /** Writes a sanitized attribute, or nothing when the value is null. */
  static void attribute(XMLStreamWriter writer, String name, String value)
      throws XMLStreamException {
    if (value != null) {
      writer.writeAttribute(name, XmlText.sanitize(value));
    }
  }

  private void indent(int level) throws XMLStreamException {
    xml.writeCharacters("  ".repeat(level));
  }
}
