package dev.testshard.report;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads JUnit XML as written by JUnit Platform's {@code LegacyXmlReportGeneratingListener}, Maven
 * Surefire and testshard itself, with a {@code <testsuites>} or a bare {@code <testsuite>} root,
 * and regroups it per top-level class. Streams: holds one class's test cases at a time.
 *
 * <p>Grouping: the top-level class of a test case is its {@code classname} up to the first {@code
 * $}, so {@code Outer$Inner} joins {@code Outer}'s suite (the test case keeps {@code Outer$Inner});
 * without a {@code classname}, the input suite's name. Each run of consecutive test cases of one
 * top-level class within an input suite becomes one {@link TestSuiteResult}. JUnit runs one class
 * at a time, so that is one result per (input suite, class); a class interleaved with others yields
 * several results, which {@link ReportMerger} joins. Nested {@code <testsuite>} elements are read
 * as suites of their own.
 *
 * <p>Carried over: {@code hostname}; {@code timestamp} (a time without zone is taken as UTC);
 * {@code file} from the first test case that has one; properties whose name starts with {@value
 * #KEPT_PROPERTY_PREFIX} only, because Surefire and JUnit dump all system properties, which may
 * hold {@code -D} secrets (properties must come before the test cases, as every known writer puts
 * them). Suite time: the input suite's {@code time} when it held exactly one class (it includes
 * {@code @BeforeAll}), else the sum of the test case times. Times are parsed leniently ({@code
 * "1,234.5"} is 1234.5, missing or unreadable is 0). Suite-level {@code <system-out>} is ignored.
 *
 * <p>Outcome of a test case: {@code <error>}, else {@code <failure>}, else {@code <skipped>}, else
 * passed. Surefire's {@code <flakyFailure>}/{@code <flakyError>} (failed, then passed on a rerun)
 * and {@code <rerunFailure>}/{@code <rerunError>} (failed again on a rerun) become {@link
 * TestCaseResult#reruns()} in document order, with their {@code message} and {@code type} (an empty
 * {@code type}, written when it is unknown, is read as none), the {@code <stackTrace>} child (or,
 * lacking one, the element's own text), their {@code <system-out>} and {@code <system-err>}
 * children and an optional {@code time} (testshard writes one). They never change the outcome: a
 * flaky test counts as passed.
 *
 * <p>DTDs and external entities are disabled. Broken or truncated XML throws {@link
 * ReportFormatException}; results emitted before the problem was found have already reached the
 * sink. Stateless; safe to call from several threads.
 */
public final class JUnitXmlReader {

  /** Only properties with this prefix are carried over. */
  public static final String KEPT_PROPERTY_PREFIX = "testshard.";

  private static final String UNNAMED = "unnamed";

  private final Path file;
  private final XMLStreamReader xml;
  private final Consumer<TestSuiteResult> sink;

  private JUnitXmlReader(Path file, XMLStreamReader xml, Consumer<TestSuiteResult> sink) {
    this.file = file;
    this.xml = xml;
    this.sink = sink;
  }

  /**
   * Reads {@code file} and hands each per-class suite to {@code sink}, in document order.
   *
   * @throws IOException when the file cannot be opened or read
   * @throws ReportFormatException when the content is not well-formed JUnit XML
   */
  public static void read(Path file, Consumer<TestSuiteResult> sink) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      XMLStreamReader xml = null;
      try {
        xml = factory.createXMLStreamReader(file.toUri().toString(), in);
        new JUnitXmlReader(file, xml, sink).readDocument();
      } catch (XMLStreamException e) {
        throw formatError(file, e);
      } finally {
        if (xml != null) {
          try {
            xml.close();
          } catch (XMLStreamException e) {
            // Nothing left to read; the stream itself is closed below.
          }
        }
      }
    }
  }

  private void readDocument() throws XMLStreamException {
    while (xml.hasNext()) {
      if (xml.next() == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "testsuites" -> readSuites();
          case "testsuite" -> readSuite();
          default ->
              throw problem(
                  "expected <testsuites> or <testsuite> but found <" + xml.getLocalName() + ">");
        }
        while (xml.hasNext()) {
          xml.next(); // let the parser check what follows the root element
        }
        return;
      }
    }
    throw problem("no root element");
  }

  private void readSuites() throws XMLStreamException {
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (xml.getLocalName().equals("testsuite")) {
          readSuite();
        } else {
          skipElement();
        }
      }
    }
  }

  private void readSuite() throws XMLStreamException {
    String name = xml.getAttributeValue(null, "name");
    InputSuite suite =
        new InputSuite(
            name == null || name.isBlank() ? UNNAMED : name,
            xml.getAttributeValue(null, "hostname"),
            JUnitXmlValues.parseTimestamp(xml.getAttributeValue(null, "timestamp")),
            xml.getAttributeValue(null, "time"),
            sink);
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        suite.finish();
        return;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.getLocalName()) {
        case "properties" -> readProperties(suite);
        case "testcase" -> {
          String sourceFile = xml.getAttributeValue(null, "file");
          suite.add(readTestCase(suite.name()), sourceFile);
        }
        case "testsuite" -> {
          suite.endRun();
          readSuite();
        }
        default -> skipElement();
      }
    }
  }

  private void readProperties(InputSuite suite) throws XMLStreamException {
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getAttributeValue(null, "name");
        String value = xml.getAttributeValue(null, "value");
        String text = readText();
        if (name != null && name.startsWith(KEPT_PROPERTY_PREFIX)) {
          suite.property(name, value != null ? value : text == null ? "" : text);
        }
      }
    }
  }

  /** Reads a {@code <testcase>}, which is consumed. */
  private TestCaseResult readTestCase(String suiteName) throws XMLStreamException {
    String className = xml.getAttributeValue(null, "classname");
    if (className == null || className.isBlank()) {
      className = suiteName;
    }
    String name = xml.getAttributeValue(null, "name");
    double time = JUnitXmlValues.parseSeconds(xml.getAttributeValue(null, "time"));
    TestCaseBuilder testCase = new TestCaseBuilder(className, name == null ? "" : name, time);
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return testCase.build();
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.getLocalName()) {
        case "failure" -> testCase.problem(Outcome.FAILED, readProblem(false));
        case "error" -> testCase.problem(Outcome.ERROR, readProblem(false));
        case "skipped" -> testCase.problem(Outcome.SKIPPED, readProblem(true));
        case "system-out" -> testCase.systemOut(readText());
        case "system-err" -> testCase.systemErr(readText());
        case "flakyFailure", "rerunFailure" -> testCase.rerun(readAttempt(Outcome.FAILED));
        case "flakyError", "rerunError" -> testCase.rerun(readAttempt(Outcome.ERROR));
        default -> skipElement();
      }
    }
  }

  /** Reads a {@code <flakyFailure>} or one of its kin, which is consumed. */
  private Attempt readAttempt(Outcome outcome) throws XMLStreamException {
    String message = xml.getAttributeValue(null, "message");
    String type = blankAsNull(xml.getAttributeValue(null, "type"));
    double time = JUnitXmlValues.parseSeconds(xml.getAttributeValue(null, "time"));
    String stackTrace = null;
    String systemOut = null;
    String systemErr = null;
    StringBuilder ownText = new StringBuilder();
    while (true) {
      switch (xml.next()) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            ownText.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        case XMLStreamConstants.START_ELEMENT -> {
          switch (xml.getLocalName()) {
            case "stackTrace" -> stackTrace = TestCaseBuilder.join(stackTrace, readText());
            case "system-out" -> systemOut = TestCaseBuilder.join(systemOut, readText());
            case "system-err" -> systemErr = TestCaseBuilder.join(systemErr, readText());
            default -> skipElement();
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (stackTrace == null && !ownText.toString().isBlank()) {
            // Not Surefire's shape, but some writers put the trace in the text, as in <failure>.
            stackTrace = ownText.toString().strip();
          }
          return new Attempt(
              outcome, new Problem(message, type, stackTrace), time, systemOut, systemErr);
        }
        default -> {}
      }
    }
  }

  private Problem readProblem(boolean skipped) throws XMLStreamException {
    String message = xml.getAttributeValue(null, "message");
    String type = blankAsNull(xml.getAttributeValue(null, "type"));
    String text = readText();
    if (skipped && message == null && text != null) {
      // JUnit Platform writes the skip reason as text; readers show the message attribute.
      String firstLine = text.strip().lines().findFirst().orElse("");
      message = firstLine.isEmpty() ? null : firstLine;
      if (text.strip().equals(firstLine)) {
        text = null;
      }
    }
    return new Problem(message, type, text);
  }

  /** Text directly inside the current element, which is consumed; null when there is none. */
  private String readText() throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    while (true) {
      switch (xml.next()) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        case XMLStreamConstants.START_ELEMENT -> skipElement();
        case XMLStreamConstants.END_ELEMENT -> {
          return text.length() == 0 ? null : text.toString();
        }
        default -> {}
      }
    }
  }

  /** Consumes the current element and everything inside it. */
  private void skipElement() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private ReportFormatException problem(String reason) {
    Location location = xml.getLocation();
    return formatError(file, location, reason, null);
  }

  private static ReportFormatException formatError(Path file, XMLStreamException e) {
    String reason = e.getMessage() == null ? "unreadable XML" : e.getMessage();
    int marker = reason.indexOf("Message: "); // JDK messages start "ParseError at [row,col]:[..]"
    if (marker >= 0) {
      reason = reason.substring(marker + "Message: ".length());
    }
    return formatError(file, e.getLocation(), reason, e);
  }

  private static ReportFormatException formatError(
      Path file, Location location, String reason, Throwable cause) {
    int line = location == null ? -1 : location.getLineNumber();
    int column = location == null ? -1 : location.getColumnNumber();
    return new ReportFormatException(file, line, column, reason, cause);
  }

  /** An empty {@code type} is what writers (this one included) put when the type is unknown. */
  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
