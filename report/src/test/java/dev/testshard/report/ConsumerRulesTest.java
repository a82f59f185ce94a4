package dev.testshard.report;

import static dev.testshard.report.MergedReportWriterTest.children;
import static dev.testshard.report.TestData.REPORT_TIME;
import static dev.testshard.report.TestData.error;
import static dev.testshard.report.TestData.failed;
import static dev.testshard.report.TestData.passed;
import static dev.testshard.report.TestData.skipped;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The merged report read with the rules of the CI tools that consume it ({@link ConsumerRules}).
 * The report is built the way a run builds it, under a German default locale: two shard files
 * written by {@link MergedReportWriter}, merged by {@link ReportMerger} together with a foreign
 * file in the forms other writers use (nested suites, a {@code package} attribute, times with
 * grouping and decimal commas, a timestamp with an offset).
 */
class ConsumerRulesTest {

  private static final String CART = "com.acme.cart.CartTest";
  private static final String PAY = "com.acme.pay.PaymentTest";

  @TempDir Path dir;

  private Path report;
  private Element root;

  @BeforeEach
  void mergeUnderAGermanDefaultLocale() throws Exception {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      Path shard1 = shardFile("shard-01", cart());
      Path shard2 = shardFile("shard-02", payment());
      Path foreign = dir.resolve("TEST-legacy.xml");
      Files.writeString(
          foreign,
          """
          <testsuites>
            <testsuite name="Outer" package="com.acme.legacy" tests="2" failures="0" errors="0"
                skipped="0" time="1,234.567" timestamp="2026-01-15T12:30:00+01:00">
              <testsuite name="com.acme.legacy.InnerTest" tests="1" time="0,5">
                <testcase classname="com.acme.legacy.InnerTest" name="works" time="0,5"/>
              </testsuite>
              <testcase classname="com.acme.legacy.OuterTest" name="works" time="1,234.067"/>
            </testsuite>
          </testsuites>
          """);
      report = dir.resolve("TEST-testshard.xml");
      ReportMerger.merge(
          List.of(shard1, shard2, foreign), report, "acme", REPORT_TIME, ReportLimits.DEFAULTS);
    } finally {
      Locale.setDefault(before);
    }
    root = MergedReportWriterTest.parse(report).getDocumentElement();
  }

  @Test
  void theRootIsOneTestsuitesElementWithFlatSuitesAsGitLabAndDornyRequire() {
    assertThat(root.getTagName()).isEqualTo("testsuites");
    for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element) {
        assertThat(element.getTagName()).isEqualTo("testsuite");
        assertThat(children(element, "testsuite")).isEmpty();
      }
    }
    assertThat(suites())
        .extracting(suite -> suite.getAttribute("name"))
        .containsExactly(CART, PAY, "com.acme.legacy.InnerTest", "com.acme.legacy.OuterTest");
  }

  @Test
  void suiteNamesAreUniqueAndNeverPrefixedByAPackageAttributeAsJenkinsWouldDo() {
    Set<String> names = new HashSet<>();
    for (Element suite : suites()) {
      assertThat(names.add(suite.getAttribute("name"))).as(suite.getAttribute("name")).isTrue();
      assertThat(suite.hasAttribute("package")).isFalse();
    }
  }

  @Test
  void everyTestCaseHasANameAClassnameAndARelativeSourceFile() {
    for (Element suite : suites()) {
      Set<String> keys = new HashSet<>();
      for (Element testcase : children(suite, "testcase")) {
        // dorny calls name.trim() and crashes without one; Jenkins keys cases by classname + name.
        assertThat(testcase.getAttribute("name")).isNotBlank();
        assertThat(testcase.getAttribute("classname")).startsWith(suite.getAttribute("name"));
        assertThat(
                keys.add(testcase.getAttribute("classname") + " " + testcase.getAttribute("name")))
            .isTrue();
      }
    }
    // GitLab, mikepenz and EnricoMi link `file` to the repository: relative, with '/'.
    for (Element testcase : testCases(CART)) {
      assertThat(testcase.getAttribute("file"))
          .isEqualTo("src/test/java/com/acme/cart/CartTest.java");
    }
  }

  @Test
  void everyTimeReadsTheSameInJenkinsDornyAndEnricoMi() {
    List<String> times = new ArrayList<>();
    NodeList all = root.getElementsByTagName("*");
    times.add(root.getAttribute("time"));
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (element.hasAttribute("time")) {
        times.add(element.getAttribute("time"));
      }
    }
    assertThat(times).contains("1834.512", "1234.500", "1234.067", "0.500");
    for (String time : times) {
      assertThat(time).matches("\\d+\\.\\d{3}");
      double seconds = Double.parseDouble(time);
      assertThat(ConsumerRules.jenkinsSeconds(time)).as(time).isCloseTo(seconds, within(time));
      assertThat(ConsumerRules.javaScriptSeconds(time)).as(time).isEqualTo(seconds);
      assertThat(ConsumerRules.pythonSeconds(time)).as(time).isEqualTo(seconds);
    }
  }

  @Test
  void timestampsAreUtcWithoutAZone() {
    assertThat(root.getAttribute("timestamp")).isEqualTo("2026-01-15T10:02:03");
    assertThat(suites())
        .extracting(suite -> suite.getAttribute("timestamp"))
        .containsExactly(
            "2026-01-15T10:04:05",
            "2026-01-15T10:02:03",
            "2026-01-15T10:02:03",
            "2026-01-15T11:30:00");
  }

  @Test
  void countsOnTheSuitesAgreeWithTheTestCasesAsEnricoMiAndDornyCountThem() {
    int[] fromAttributes = new int[4];
    int[] fromCases = new int[4];
    for (Element suite : suites()) {
      fromAttributes[0] += Integer.parseInt(suite.getAttribute("tests"));
      fromAttributes[1] += Integer.parseInt(suite.getAttribute("failures"));
      fromAttributes[2] += Integer.parseInt(suite.getAttribute("errors"));
      fromAttributes[3] += Integer.parseInt(suite.getAttribute("skipped"));
      for (Element testcase : children(suite, "testcase")) {
        fromCases[0]++;
        switch (ConsumerRules.gitlabStatus(testcase)) {
          case "failed" -> fromCases[1]++;
          case "error" -> fromCases[2]++;
          case "skipped" -> fromCases[3]++;
          default -> {}
        }
      }
    }
    assertThat(fromAttributes).containsExactly(fromCases).containsExactly(11, 2, 2, 1);
    assertThat(root.getAttribute("tests")).isEqualTo("11");
  }

  @Test
  void aFlakyTestReadsAsPassedAndATestThatFailedEveryTimeAsOneFailureEverywhere() {
    Element flaky = testCase(CART, "flaky()");
    assertThat(ConsumerRules.gitlabStatus(flaky)).isEqualTo("success");
    assertThat(ConsumerRules.dornyResult(flaky)).isEqualTo("success");
    assertThat(children(flaky, "flakyFailure")).hasSize(1);
    Element stubborn = testCase(CART, "failsEveryTime()");
    assertThat(ConsumerRules.gitlabStatus(stubborn)).isEqualTo("failed");
    assertThat(ConsumerRules.dornyResult(stubborn)).isEqualTo("failed");
    // mikepenz reports failures[0] only: exactly one <failure>, the reruns beside it.
    assertThat(children(stubborn, "failure")).hasSize(1);
    assertThat(children(stubborn, "rerunFailure")).hasSize(1);
  }

  @Test
  void noCharacterThatXml10ForbidsNotEvenAsACharacterReference() throws Exception {
    String raw = Files.readString(report, StandardCharsets.UTF_8);
    raw.codePoints()
        .forEach(
            c ->
                assertThat(c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE)
                    .as("U+%04X", c)
                    .isTrue());
    assertThat(raw).doesNotContainPattern("&#(x0*[0-8bBcCeEfF]|x0*1[0-9a-fA-F]|0*[0-8]|0*1[1-9]);");
    assertThat(
            testCase(PAY, "printsColours()")
                .getElementsByTagName("system-out")
                .item(0)
                .getTextContent())
        .isEqualTo("red \uFFFD\uFFFD and ]]> done\n");
  }

  private Path shardFile(String shard, TestSuiteResult suite) throws Exception {
    Path file = dir.resolve(shard + ".xml");
    try (MergedReportWriter writer =
        MergedReportWriter.open(file, shard, REPORT_TIME, ReportLimits.DEFAULTS)) {
      writer.write(suite);
      writer.finish();
    }
    return file;
  }

  private static TestSuiteResult cart() {
    return new TestSuiteResult(
        CART,
        "shard-01",
        Instant.parse("2026-01-15T10:04:05Z"),
        1834.5123,
        "src/test/java/com/acme/cart/CartTest.java",
        Map.of("testshard.shard", "shard-01"),
        List.of(
            TestCaseResult.passed(CART, "slow()", 1234.5),
            TestCaseResult.passed(CART + "$WhenEmpty", "slow()", 0.25),
            failed(CART, "total()", "expected 2 but was 3"),
            passed(CART, "flaky()").withReruns(List.of(Attempt.of(failed(CART, "x", "once")))),
            failed(CART, "failsEveryTime()", "first")
                .withReruns(List.of(Attempt.of(failed(CART, "x", "again")))),
            error(CART, "throws()")));
  }

  private static TestSuiteResult payment() {
    return new TestSuiteResult(
        PAY,
        "shard-02",
        null,
        1,
        "src/test/java/com/acme/pay/PaymentTest.java",
        Map.of("testshard.shard", "shard-02"),
        List.of(
            skipped(PAY, "disabled()"),
            new TestCaseResult(
                PAY,
                "printsColours()",
                0.1,
                Outcome.ERROR,
                new Problem("\u0008boom", null, "trace \u0000"),
                "\u001B[31mred\u001B[0m \u0000\u0008 and ]]> done\n",
                null),
            passed(PAY, "charges()")));
  }

  private List<Element> suites() {
    return children(root, "testsuite");
  }

  private List<Element> testCases(String suiteName) {
    return suites().stream()
        .filter(suite -> suite.getAttribute("name").equals(suiteName))
        .flatMap(suite -> children(suite, "testcase").stream())
        .toList();
  }

  private Element testCase(String suiteName, String name) {
    return testCases(suiteName).stream()
        .filter(testcase -> testcase.getAttribute("name").equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** Jenkins reads times as a float: good to about 7 significant digits. */
  private static org.assertj.core.data.Offset<Double> within(String time) {
    return org.assertj.core.data.Offset.offset(Math.max(1e-3, Double.parseDouble(time) * 1e-6));
  }
}
