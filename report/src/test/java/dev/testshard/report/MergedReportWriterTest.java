package dev.testshard.report;

import static dev.testshard.report.TestData.REPORT_TIME;
import static dev.testshard.report.TestData.error;
import static dev.testshard.report.TestData.failed;
import static dev.testshard.report.TestData.passed;
import static dev.testshard.report.TestData.skipped;
import static dev.testshard.report.TestData.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class MergedReportWriterTest {

  @TempDir Path dir;

  @Test
  void writesTheDocumentShapeOfTheReportFormat() throws IOException {
    Path target = dir.resolve("TEST-testshard.xml");
    TestSuiteResult cart =
        new TestSuiteResult(
            "com.acme.cart.CartTest",
            "shard-03",
            Instant.parse("2026-01-15T10:02:07Z"),
            4.21,
            "src/test/java/com/acme/cart/CartTest.java",
            Map.of("testshard.shard", "shard-03"),
            List.of(
                TestCaseResult.passed("com.acme.cart.CartTest", "addsItem()", 0.412),
                new TestCaseResult(
                    "com.acme.cart.CartTest",
                    "refund()",
                    0.301,
                    Outcome.FAILED,
                    new Problem(
                        "expected 2 but was 3", "org.opentest4j.AssertionFailedError", "trace"),
                    "out",
                    null)));

    try (MergedReportWriter writer =
        MergedReportWriter.open(target, "acme", REPORT_TIME, ReportLimits.DEFAULTS)) {
      writer.write(cart);
      writer.finish();
    }

    assertThat(Files.readString(target))
        .isEqualTo(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="acme" tests="2" failures="1" errors="0" skipped="0" time="4.210" \
            timestamp="2026-01-15T10:02:03">
              <testsuite name="com.acme.cart.CartTest" id="0" hostname="shard-03" tests="2" \
            failures="1" errors="0" skipped="0" time="4.210" timestamp="2026-01-15T10:02:07">
                <properties>
                  <property name="testshard.shard" value="shard-03"/>
                </properties>
                <testcase classname="com.acme.cart.CartTest" name="addsItem()" time="0.412" \
            file="src/test/java/com/acme/cart/CartTest.java"/>
                <testcase classname="com.acme.cart.CartTest" name="refund()" time="0.301" \
            file="src/test/java/com/acme/cart/CartTest.java">
                  <failure message="expected 2 but was 3" \
            type="org.opentest4j.AssertionFailedError">trace</failure>
                  <system-out>out</system-out>
                </testcase>
              </testsuite>
            </testsuites>
            """);
  }

  @Test
  void recomputesCountsAtSuiteAndRootLevelSoThatTheyAgree() throws Exception {
    Path target = dir.resolve("report.xml");
    Totals totals;
    try (MergedReportWriter writer =
        MergedReportWriter.open(target, "acme", REPORT_TIME, ReportLimits.DEFAULTS)) {
      writer.write(
          suite("a.A", "s1", passed("a.A", "p"), failed("a.A", "f", "no"), skipped("a.A", "s")));
      writer.write(suite("b.B", "s2", error("b.B", "e"), passed("b.B$Inner", "p")));
      totals = writer.finish();
    }

    assertThat(totals).isEqualTo(new Totals(5, 1, 1, 1, 3.0));
    Element root = parse(target).getDocumentElement();
    assertThat(counts(root)).containsExactly("5", "1", "1", "1", "3.000");
    List<Element> suites = children(root, "testsuite");
    assertThat(counts(suites.get(0))).containsExactly("3", "1", "0", "1", "1.500");
    assertThat(counts(suites.get(1))).containsExactly("2", "0", "1", "0", "1.500");
    assertThat(suites).extracting(s -> s.getAttribute("id")).containsExactly("0", "1");
    int sumOfSuiteTests =
        suites.stream().mapToInt(s -> Integer.parseInt(s.getAttribute("tests"))).sum();
    assertThat(sumOfSuiteTests)
        .isEqualTo(root.getElementsByTagName("testcase").getLength())
        .isEqualTo(5);
  }

  @Test
  void writesFailureErrorAndSkippedElements() throws Exception {
    Path target = dir.resolve("report.xml");
    try (MergedReportWriter writer =
        MergedReportWriter.open(target, "acme", REPORT_TIME, ReportLimits.DEFAULTS)) {
      writer.write(
          suite(
              "a.A",
              null,
              failed("a.A", "f", "expected <1>"),
              error("a.A", "e"),
              skipped("a.A", "s")));
      writer.finish();
    }

    List<Element> cases =
        children(children(parse(target).getDocumentElement(), "testsuite").get(0), "testcase");
    Element failure = children(cases.get(0), "failure").get(0);
    assertThat(failure.getAttribute("message")).isEqualTo("expected <1>");
    assertThat(failure.getAttribute("type")).isEqualTo("org.opentest4j.AssertionFailedError");
    assertThat(failure.getTextContent()).isEqualTo("AssertionFailedError: expected <1>\n\tat a.A");
    Element error = children(cases.get(1), "error").get(0);
    assertThat(error.getAttribute("type")).isEqualTo("java.lang.IllegalStateException");
    assertThat(children(cases.get(1), "system-out").get(0).getTextContent())
        .isEqualTo("some output\n");
    assertThat(children(cases.get(1), "system-err").get(0).getTextContent())
        .isEqualTo("some error output\n");
    Element skippedElement = children(cases.get(2), "skipped").get(0);
    assertThat(skippedElement.getAttribute("message")).isEqualTo("disabled for now");
    assertThat(skippedElement.hasChildNodes()).isFalse();
  }

  @Test
  void writesRetriesAsSurefireDoesAndCountsAFlakyTestAsPassed() throws IOException {
    Path target = dir.resolve("report.xml");
    TestCaseResult flaky =
        TestCaseResult.passed("a.A", "flaky()", 0.5)
            .withReruns(
                List.of(
                    new Attempt(
                        Outcome.FAILED,
                        new Problem("timed out", "java.lang.AssertionError", "AssertionError"),
                        0.25,
                        "first run\n",
                        null),
                    new Attempt(Outcome.ERROR, Problem.of("boom"), 0.125, null, "err")));
    TestCaseResult broken =
        new TestCaseResult(
                "a.A",
                "broken()",
                0.1,
                Outcome.FAILED,
                new Problem("one", "E", "trace one"),
                "out",
                null)
            .withReruns(
                List.of(
                    new Attempt(
                        Outcome.FAILED, new Problem("two", "E", "trace two"), 0.2, null, null),
                    new Attempt(Outcome.ERROR, null, 0.3, null, null)));
    Totals totals;
    try (MergedReportWriter writer =
        MergedReportWriter.open(target, "acme", REPORT_TIME, ReportLimits.DEFAULTS)) {
      writer.write(
          new TestSuiteResult("a.A", null, null, 2, null, Map.of(), List.of(flaky, broken)));
      totals = writer.finish();
    }

    assertThat(totals).isEqualTo(new Totals(2, 1, 0, 0, 2));
    assertThat(Files.readString(target))
        .isEqualTo(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="acme" tests="2" failures="1" errors="0" skipped="0" time="2.000" \
            timestamp="2026-01-15T10:02:03">
              <testsuite name="a.A" id="0" tests="2" failures="1" errors="0" skipped="0" \
            time="2.000" timestamp="2026-01-15T10:02:03">
                <testcase classname="a.A" name="flaky()" time="0.500">
                  <flakyFailure message="timed out" type="java.lang.AssertionError" time="0.250">
                    <stackTrace>AssertionError</stackTrace>
                    <system-out>first run
            </system-out>
                  </flakyFailure>
                  <flakyError message="boom" type="" time="0.125">
                    <stackTrace/>
                    <system-err>err</system-err>
                  </flakyError>
                </testcase>
                <testcase classname="a.A" name="broken()" time="0.100">
                  <failure message="one" type="E">trace one</failure>
                  <rerunFailure message="two" type="E" time="0.200">
                    <stackTrace>trace two</stackTrace>
                  </rerunFailure>
                  <rerunError type="" time="0.300">
                    <stackTrace/>
                  </rerunError>
                  <system-out>out</system-out>
                </testcase>
              </testsuite>
            </testsuites>
            """);
  }

  @Test
  void capsAndSanitizesTheOutputOfEachRerun() throws Exception {
    Path target = dir.resolve("report.xml");
    ReportLimits limits = new ReportLimits(1000, 500, "shards/{shard}/output.log");
    String output = "\u001B[31mfirst\u001B[0m\n" + "o".repeat(10_000) + "\nlast";
    String trace = "Exception \u0000\n" + "\tat frame\n".repeat(1000);
    TestCaseResult flaky =
        passed("a.A", "t")
            .withReruns(
                List.of(
                    new Attempt(
                        Outcome.FAILED, new Problem("m\u0001", "E", trace), 1, output, output)));
    try (MergedReportWriter writer = MergedReportWriter.open(target, "acme", REPORT_TIME, limits)) {
      writer.write(suite("a.A", "shard-07", flaky));
      writer.finish();
    }

    Element rerun =
        children((Element) parse(target).getElementsByTagName("testcase").item(0), "flakyFailure")
            .get(0);
    assertThat(rerun.getAttribute("message")).isEqualTo("m\uFFFD");
    assertThat(children(rerun, "stackTrace").get(0).getTextContent())
        .startsWith("Exception \uFFFD\n")
        .hasSizeLessThan(600);
    for (String stream : List.of("system-out", "system-err")) {
      assertThat(children(rerun, stream).get(0).getTextContent())
          .startsWith("first\n")
          .endsWith("\nlast")
          .contains("full output: shards/shard-07/output.log")
          .hasSizeLessThan(1100);
    }
  }

  @Test
  void putsTheFileOnTestCasesAndPropertiesOnlyWhenThereAreAny() throws Exception {
    Path target = dir.resolve("report.xml");
    TestSuiteResult withFile =
        new TestSuiteResult(
            "a.A", null, null, 1, "src/test/java/a/A.java", Map.of(), List.of(passed("a.A", "p")));
    try (MergedReportWriter writer =
        MergedReportWriter.open(target, "acme", REPORT_TIME, ReportLimits.DEFAULTS)) {
      writer.write(withFile);
      writer.finish();
    }

    Element suite = children(parse(target).getDocumentElement(), "testsuite").get(0);
    assertThat(suite.hasAttribute("file")).isFalse();
    assertThat(suite.hasAttribute("hostname")).isFalse();
    assertThat(suite.getAttribute("timestamp")).isEqualTo("2026-01-15T10:02:03");
    assertThat(children(suite, "properties")).isEmpty();
    assertThat(children(suite, "testcase").get(0).getAttribute("file"))
        .isEqualTo("src/test/java/a/A.java");
  }

  @Test
  void escapesMarkupAndSanitizesTextWithoutEverWritingCdata() throws Exception {
    Path target = dir.resolve("report.xml");
    String nasty = "]]> <tag> & \"q\" \u001B[31mred\u001B[0m \u0000 \uD800 end";
    TestCaseResult testCase =
        new TestCaseResult(
            "a.A",
            "name " + nasty,
            1,
            Outcome.FAILED,
            new Problem(nasty, "T", nasty),
            nasty,
            nasty);
    try (MergedReportWriter writer =
        MergedReportWriter.open(target, "acme " + nasty, REPORT_TIME, ReportLimits.DEFAULTS)) {
      writer.write(suite("a.A", "s1", testCase));
      writer.finish();
    }

    String raw = Files.readString(target, StandardCharsets.UTF_8);
    assertThat(raw).doesNotContain("CDATA").doesNotContain("\u001B").doesNotContain("\u0000");
    String expected = "]]> <tag> & \"q\" red \uFFFD \uFFFD end";
    Element testcase = (Element) parse(target).getElementsByTagName("testcase").item(0);
    assertThat(testcase.getAttribute("name")).isEqualTo("name " + expected);
    assertThat(children(testcase, "failure").get(0).getAttribute("message")).isEqualTo(expected);
    assertThat(children(testcase, "failure").get(0).getTextContent()).isEqualTo(expected);
    assertThat(children(testcase, "system-out").get(0).getTextContent()).isEqualTo(expected);
  }

  /**
   * A name with line breaks (a TestNG data-driven test whose parameter prints on several lines) is
   * read back as it was, as from Surefire's report, not with spaces where the breaks were.
   */
  @Test
  void keepsLineBreaksAndTabsInAttributesAsTheyAre() throws Exception {
    Path target = dir.resolve("report.xml");
    String lines = "check[methodFour, {\n    description: header\r\n\tdone}](4)";
    TestCaseResult testCase =
        new TestCaseResult(
            "a.A", lines, 1, Outcome.FAILED, new Problem(lines, "T", lines), lines, null);
    try (MergedReportWriter writer =
        MergedReportWriter.open(target, "lines", REPORT_TIME, ReportLimits.DEFAULTS)) {
      writer.write(suite("a.A", "s1", testCase));
      writer.finish();
    }

    assertThat(Files.readString(target, StandardCharsets.UTF_8))
        .contains(
            "name=\"check[methodFour, {&#10;    description: header&#13;&#10;&#9;done}](4)\"");
    Element read = (Element) parse(target).getElementsByTagName("testcase").item(0);
    assertThat(read.getAttribute("name")).isEqualTo(lines);
    assertThat(children(read, "failure").get(0).getAttribute("message")).isEqualTo(lines);
    assertThat(children(read, "system-out").get(0).getTextContent())
        .isEqualTo(lines.replace("\r\n", "\n"));
  }

  @Test
  void capsCapturedOutputPerTestAndPointsToTheShardsLog() throws Exception {
    Path target = dir.resolve("report.xml");
    ReportLimits limits = new ReportLimits(1000, 500, "shards/{shard}/output.log");
    String output = "first line\n" + "o".repeat(10_000) + "\nlast line";
    String trace = "Exception\n" + "\tat frame\n".repeat(1000);
    TestCaseResult testCase =
        new TestCaseResult(
            "a.A", "t", 1, Outcome.ERROR, new Problem("m", "E", trace), output, null);
    try (MergedReportWriter writer = MergedReportWriter.open(target, "acme", REPORT_TIME, limits)) {
      writer.write(suite("a.A", "shard-07", testCase));
      writer.finish();
    }

    Element testcase = (Element) parse(target).getElementsByTagName("testcase").item(0);
    String writtenOut = children(testcase, "system-out").get(0).getTextContent();
    assertThat(writtenOut)
        .startsWith("first line\n")
        .endsWith("\nlast line")
        .contains("characters omitted; full output: shards/shard-07/output.log] ...");
    assertThat(writtenOut.length()).isLessThan(1100);
    String writtenTrace = children(testcase, "error").get(0).getTextContent();
    assertThat(writtenTrace).startsWith("Exception\n").hasSizeLessThan(600);
  }

  @Test
  void writesTimesWithADotUnderAGermanDefaultLocale() throws Exception {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      Path target = dir.resolve("report.xml");
      TestSuiteResult slow =
          new TestSuiteResult(
              "a.A",
              null,
              null,
              1834.5123,
              null,
              Map.of(),
              List.of(TestCaseResult.passed("a.A", "t", 1234.5)));
      try (MergedReportWriter writer =
          MergedReportWriter.open(target, "acme", REPORT_TIME, ReportLimits.DEFAULTS)) {
        writer.write(slow);
        writer.finish();
      }

      String raw = Files.readString(target);
      assertThat(raw)
          .contains("time=\"1834.512\"")
          .contains("time=\"1234.500\"")
          .doesNotContain(",");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void anInterruptedWriterLeavesNoTargetAndNoTemporaryFiles() throws IOException {
    Path target = dir.resolve("out/report.xml");
    try (MergedReportWriter writer =
        MergedReportWriter.open(target, "acme", REPORT_TIME, ReportLimits.DEFAULTS)) {
      writer.write(suite("a.A", "s1", passed("a.A", "p")));
      // no finish(): e.g. an exception while reading the next input
    }

    assertThat(target).doesNotExist();
    assertThat(filesIn(target.getParent())).isEmpty();
  }

  @Test
  void anInterruptedWriterKeepsAnEarlierReportAsItWas() throws IOException {
    Path target = dir.resolve("report.xml");
    Files.writeString(target, "earlier");
    MergedReportWriter writer =
        MergedReportWriter.open(target, "acme", REPORT_TIME, ReportLimits.DEFAULTS);
    writer.write(suite("a.A", "s1", passed("a.A", "p")));
    writer.close();
    writer.close();

    assertThat(target).hasContent("earlier");
    assertThat(filesIn(dir)).containsExactly(target);
    assertThatThrownBy(() -> writer.write(suite("b.B", null)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void finishReplacesAnEarlierReportAndLeavesNoTemporaryFiles() throws Exception {
    Path target = dir.resolve("report.xml");
    Files.writeString(target, "earlier");
    try (MergedReportWriter writer =
        MergedReportWriter.open(target, "acme", REPORT_TIME, ReportLimits.DEFAULTS)) {
      Totals totals = writer.finish();
      assertThat(totals).isEqualTo(Totals.ZERO);
      assertThatThrownBy(writer::finish).isInstanceOf(IllegalStateException.class);
    }

    assertThat(parse(target).getDocumentElement().getAttribute("tests")).isEqualTo("0");
    assertThat(filesIn(dir)).containsExactly(target);
  }

  static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  static List<Element> children(Element parent, String name) {
    List<Element> result = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
        result.add(element);
      }
    }
    return result;
  }

  private static List<String> counts(Element element) {
    return Stream.of("tests", "failures", "errors", "skipped", "time")
        .map(element::getAttribute)
        .toList();
  }

  private static List<Path> filesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.toList();
    }
  }
}
