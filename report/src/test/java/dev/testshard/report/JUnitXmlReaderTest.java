package dev.testshard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JUnitXmlReaderTest {

  @TempDir Path dir;

  @Test
  void readsAJUnitPlatformLegacyReportIntoOneSuitePerTopLevelClass() throws Exception {
    List<TestSuiteResult> suites = readAll(resource("junit-platform-legacy.xml"));

    assertThat(suites)
        .extracting(TestSuiteResult::name)
        .containsExactly("com.acme.cart.CartTest", "com.acme.pay.PaymentTest");
    TestSuiteResult cart = suites.get(0);
    assertThat(cart.testCases())
        .extracting(TestCaseResult::className, TestCaseResult::name, TestCaseResult::outcome)
        .containsExactly(
            tuple("com.acme.cart.CartTest", "addsItem()", Outcome.PASSED),
            tuple("com.acme.cart.CartTest", "refund()", Outcome.FAILED),
            tuple("com.acme.cart.CartTest$WhenEmpty", "hasNoTotal()", Outcome.PASSED));
    assertThat(cart.hostname()).isEqualTo("shard-02");
    assertThat(cart.timestamp()).isEqualTo(Instant.parse("2026-01-15T10:02:03Z"));
    assertThat(cart.timeSeconds())
        .as("sum of its test cases: the suite held two classes")
        .isCloseTo(0.717, within());
    assertThat(cart.properties())
        .containsExactly(
            Map.entry("testshard.shard", "shard-02"), Map.entry("testshard.shards", "4"));

    TestCaseResult refund = cart.testCases().get(1);
    assertThat(refund.problem().message()).isEqualTo("expected: <2> but was: <3>");
    assertThat(refund.problem().type()).isEqualTo("org.opentest4j.AssertionFailedError");
    assertThat(refund.problem().stackTrace())
        .startsWith("org.opentest4j.AssertionFailedError: expected: <2> but was: <3>\n\tat ");
    assertThat(refund.systemOut())
        .contains("display-name: refund()")
        .endsWith("refunding order 17\n");

    TestSuiteResult payment = suites.get(1);
    assertThat(payment.failures() + payment.errors()).isZero();
    assertThat(payment.skipped()).isEqualTo(1);
    assertThat(payment.testCases().get(1).problem().message())
        .isEqualTo("void com.acme.pay.PaymentTest.slowSettlement() is @Disabled");
  }

  @Test
  void readsASurefireReportAndDropsItsSystemProperties() throws Exception {
    List<TestSuiteResult> suites = readAll(resource("surefire-report.xml"));

    assertThat(suites).hasSize(1);
    TestSuiteResult order = suites.get(0);
    assertThat(order.name()).isEqualTo("com.acme.order.OrderTest");
    assertThat(order.properties()).containsExactly(Map.entry("testshard.shard", "shard-01"));
    assertThat(order.timeSeconds()).as("the suite's own time: it held one class").isEqualTo(2.345);
    assertThat(order.testCases())
        .extracting(TestCaseResult::outcome)
        .containsExactly(Outcome.PASSED, Outcome.PASSED, Outcome.ERROR);
  }

  @Test
  void countsAFlakyTestAsPassedAndKeepsItsFailedAttemptAsARerun() throws Exception {
    TestCaseResult flaky = readAll(resource("surefire-report.xml")).get(0).testCases().get(1);

    assertThat(flaky.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(flaky.flaky()).isTrue();
    assertThat(flaky.problem()).isNull();
    assertThat(flaky.systemOut()).as("the failed attempt's output stays with it").isNull();
    assertThat(flaky.reruns())
        .containsExactly(
            new Attempt(
                Outcome.FAILED,
                new Problem(
                    "timed out",
                    "java.lang.AssertionError",
                    "java.lang.AssertionError: timed out\n"
                        + "\tat com.acme.order.OrderTest.retriesPayment(OrderTest.java:31)"),
                0,
                "first attempt output",
                null));
  }

  @Test
  void aRerunErrorDoesNotChangeTheErrorOfATestThatFailedEveryTime() throws Exception {
    TestCaseResult cancels = readAll(resource("surefire-report.xml")).get(0).testCases().get(2);

    assertThat(cancels.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(cancels.flaky()).isFalse();
    assertThat(cancels.problem())
        .isEqualTo(
            new Problem(
                "order is null",
                "java.lang.NullPointerException",
                "java.lang.NullPointerException: order is null\n"
                    + "\tat com.acme.order.OrderTest.cancels(OrderTest.java:44)"));
    assertThat(cancels.systemOut()).isEqualTo("cancelling");
    assertThat(cancels.systemErr()).isEqualTo("WARN order missing");
    assertThat(cancels.reruns())
        .singleElement()
        .isEqualTo(
            new Attempt(
                Outcome.ERROR,
                new Problem(
                    "order is null",
                    "java.lang.NullPointerException",
                    "java.lang.NullPointerException: order is null"),
                0,
                null,
                null));
  }

  @Test
  void readsTheFlakyAndRerunElementsOfASurefireReportWithRerunFailingTestsCount() throws Exception {
    TestSuiteResult stock = readAll(resource("surefire-reruns.xml")).get(0);

    assertThat(List.of(stock.tests(), stock.failures(), stock.errors(), stock.skipped()))
        .containsExactly(3, 1, 0, 0);
    assertThat(stock.flaky()).isEqualTo(1);

    TestCaseResult reserves = stock.testCases().get(0);
    assertThat(reserves.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(reserves.attempts()).isEqualTo(3);
    assertThat(reserves.reruns())
        .extracting(Attempt::outcome, a -> a.problem().message(), a -> a.problem().type())
        .containsExactly(
            tuple(
                Outcome.FAILED,
                "expected: <1> but was: <0>",
                "org.opentest4j.AssertionFailedError"),
            tuple(Outcome.ERROR, "Connection refused", "java.net.ConnectException"));
    Attempt first = reserves.reruns().get(0);
    assertThat(first.problem().stackTrace())
        .isEqualTo(
            "org.opentest4j.AssertionFailedError: expected: <1> but was: <0>\n"
                + "\tat com.acme.stock.StockTest.reserves(StockTest.java:21)\n");
    assertThat(first.systemOut()).isEqualTo("reserving 1\n");
    assertThat(first.systemErr()).isEqualTo("WARN cache cold\n");
    assertThat(reserves.reruns().get(1).systemOut()).isNull();

    TestCaseResult releases = stock.testCases().get(1);
    assertThat(releases.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(releases.problem().message()).isEqualTo("still reserved");
    assertThat(releases.systemOut()).as("the first run's output").isEqualTo("releasing\n");
    assertThat(releases.reruns())
        .extracting(Attempt::outcome, Attempt::systemOut, a -> a.problem().stackTrace())
        .containsExactly(
            tuple(
                Outcome.FAILED,
                "releasing again\n",
                "java.lang.AssertionError: still reserved\n"
                    + "\tat com.acme.stock.StockTest.releases(StockTest.java:30)\n"),
            tuple(Outcome.ERROR, null, "java.util.concurrent.TimeoutException: lock timeout"));

    assertThat(stock.testCases().get(2).reruns()).isEmpty();
  }

  @Test
  void parsesTimesWithAThousandsSeparatorLeniently() throws Exception {
    Path file =
        write(
            """
            <testsuite name="JUnit Jupiter" time="1,234.567">
              <testcase classname="a.Slow" name="one()" time="1,200.5"/>
              <testcase classname="a.Slow" name="two()" time=""/>
              <testcase classname="a.Slow" name="three()"/>
            </testsuite>
            """);

    TestSuiteResult slow = readAll(file).get(0);

    assertThat(slow.timeSeconds()).isEqualTo(1234.567);
    assertThat(slow.testCases())
        .extracting(TestCaseResult::timeSeconds)
        .containsExactly(1200.5, 0.0, 0.0);
    assertThat(JUnitXmlValues.parseSeconds("1,234")).isEqualTo(1234);
    assertThat(JUnitXmlValues.parseSeconds("0,5")).isEqualTo(0.5);
    assertThat(JUnitXmlValues.parseSeconds(" 2.5 ")).isEqualTo(2.5);
    assertThat(JUnitXmlValues.parseSeconds("-1")).isZero();
    assertThat(JUnitXmlValues.parseSeconds("soon")).isZero();
    assertThat(JUnitXmlValues.parseSeconds(null)).isZero();
  }

  @Test
  void brokenXmlFailsWithAOneLineMessageNamingFileLineAndColumn() throws IOException {
    Path file =
        write(
            """
            <testsuites>
              <testsuite name="a.A">
                <testcase classname="a.A" name="one()" time="0.1">
                  <failure message="x"
            """);

    assertThatThrownBy(() -> readAll(file))
        .isInstanceOfSatisfying(
            ReportFormatException.class,
            e -> {
              assertThat(e.file()).isEqualTo(file);
              assertThat(e.line()).isEqualTo(5);
              assertThat(e.column()).isPositive();
            })
        .hasMessageStartingWith("Invalid JUnit XML in " + file + " at line 5, column ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void mismatchedTagsFailWithTheLineOfTheProblem() throws IOException {
    Path file =
        write("<testsuite name=\"a\">\n<testcase classname=\"a.A\" name=\"x\">\n</testsuite>\n");

    assertThatThrownBy(() -> readAll(file))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("at line 3")
        .hasMessageContaining("testcase");
  }

  @Test
  void anEmptyFileOrAnotherDocumentIsNotJUnitXml() throws IOException {
    Path empty = write("");
    Path html = write("<html><body/></html>");

    assertThatThrownBy(() -> readAll(empty))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining(empty.toString());
    assertThatThrownBy(() -> readAll(html))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("expected <testsuites> or <testsuite> but found <html>");
  }

  @Test
  void doesNotResolveExternalEntities() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    Path file =
        write(
            """
            <?xml version="1.0"?>
            <!DOCTYPE testsuite [<!ENTITY xxe SYSTEM "%s">]>
            <testsuite name="a.A">
              <testcase classname="a.A" name="t"><system-out>&xxe;</system-out></testcase>
            </testsuite>
            """
                .formatted(secret.toUri()));

    List<TestSuiteResult> suites = new ArrayList<>();
    assertThatThrownBy(() -> JUnitXmlReader.read(file, suites::add))
        .isInstanceOf(ReportFormatException.class);
    assertThat(suites).isEmpty();
  }

  @Test
  void readsItsOwnMergedOutputBackIncludingFlakyAndRerunAttempts() throws Exception {
    Path merged = dir.resolve("merged.xml");
    TestSuiteResult original =
        new TestSuiteResult(
            "com.acme.A",
            "shard-01",
            Instant.parse("2026-01-15T10:00:00Z"),
            2.5,
            "src/test/java/com/acme/A.java",
            Map.of("testshard.shard", "shard-01"),
            List.of(
                TestData.passed("com.acme.A", "p()"),
                TestData.passed("com.acme.A$Nested", "n()"),
                TestData.failed("com.acme.A", "f()", "bad"),
                TestData.error("com.acme.A", "e()"),
                TestData.skipped("com.acme.A", "s()"),
                TestData.flaky("com.acme.A", "flaky()"),
                TestData.failed("com.acme.A", "r()", "first")
                    .withReruns(
                        List.of(
                            Attempt.of(TestData.failed("com.acme.A", "r()", "second")),
                            Attempt.of(TestData.error("com.acme.A", "r()"))))));
    try (MergedReportWriter writer =
        MergedReportWriter.open(merged, "acme", TestData.REPORT_TIME, ReportLimits.DEFAULTS)) {
      writer.write(original);
      writer.write(TestData.suite("com.acme.B", "shard-02", TestData.passed("com.acme.B", "b()")));
      writer.finish();
    }

    List<TestSuiteResult> suites = readAll(merged);

    assertThat(suites).hasSize(2);
    assertThat(suites.get(0)).isEqualTo(original);
    assertThat(suites.get(1).timestamp()).isEqualTo(TestData.REPORT_TIME);
  }

  @Test
  void usesTheSuiteNameForTestCasesWithoutClassname() throws IOException {
    Path file =
        write(
            "<testsuites><testsuite name=\"smoke\"><testcase"
                + " name=\"works\"/></testsuite></testsuites>");

    TestSuiteResult suite = readAll(file).get(0);

    assertThat(suite.name()).isEqualTo("smoke");
    assertThat(suite.testCases().get(0).className()).isEqualTo("smoke");
  }

  @Test
  void readsNestedSuitesAsSuitesOfTheirOwnAndSplitsInterleavedClasses() throws IOException {
    Path file =
        write(
            """
            <testsuites>
              <testsuite name="outer">
                <testcase classname="a.A" name="1"/>
                <testsuite name="inner"><testcase classname="c.C" name="1"/></testsuite>
                <testcase classname="b.B" name="1"/>
                <testcase classname="a.A$X" name="2"/>
                <system-out>suite output is ignored</system-out>
              </testsuite>
            </testsuites>
            """);

    assertThat(readAll(file))
        .extracting(TestSuiteResult::name, TestSuiteResult::tests)
        .containsExactly(tuple("a.A", 1), tuple("c.C", 1), tuple("b.B", 1), tuple("a.A", 1));
  }

  @Test
  void keepsEveryTestCaseOfASuiteNamedAfterAClassInThatClassWhateverItsClassname()
      throws IOException {
    Path file =
        write(
            """
            <testsuites>
              <testsuite name="com.acme.GreeterTest">
                <testcase classname="com.acme.GreeterTest" name="greets"/>
                <testcase classname="formal greetings" name="morning"/>
                <testcase classname="com.acme.MemberOfTheSuite" name="a1"/>
                <testcase classname="com.acme.GreeterTest$Inner" name="inner"/>
              </testsuite>
              <testsuite name="DefaultPackageTest">
                <testcase classname="a display name" name="one"/>
                <testcase classname="DefaultPackageTest" name="two"/>
              </testsuite>
            </testsuites>
            """);

    List<TestSuiteResult> suites = readAll(file);

    assertThat(suites)
        .extracting(TestSuiteResult::name, TestSuiteResult::tests)
        .containsExactly(tuple("com.acme.GreeterTest", 4), tuple("DefaultPackageTest", 2));
    assertThat(suites.get(0).testCases())
        .extracting(TestCaseResult::className)
        .containsExactly(
            "com.acme.GreeterTest",
            "formal greetings",
            "com.acme.MemberOfTheSuite",
            "com.acme.GreeterTest$Inner");
  }

  @Test
  void keepsTheNameOfASuiteTestshardWroteForAClassWithADollarInItsOwnName() throws IOException {
    Path file =
        write(
            """
            <testsuites>
              <testsuite name="x.Ça$VaTest">
                <properties><property name="testshard.shard" value="worker-1"/></properties>
                <testcase classname="x.Ça$VaTest" name="geht"/>
                <testcase classname="x.Ça$VaTest$Bien" name="merci"/>
              </testsuite>
            </testsuites>
            """);

    assertThat(readAll(file))
        .extracting(TestSuiteResult::name, TestSuiteResult::tests)
        .containsExactly(tuple("x.Ça$VaTest", 2));
  }

  private Path write(String xml) throws IOException {
    Path file = Files.createTempFile(dir, "TEST-", ".xml");
    Files.writeString(file, xml);
    return file;
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(JUnitXmlReaderTest.class.getResource(name).toURI());
  }

  private static List<TestSuiteResult> readAll(Path file) throws IOException {
    List<TestSuiteResult> suites = new ArrayList<>();
    JUnitXmlReader.read(file, suites::add);
    return suites;
  }

  private static Offset<Double> within() {
    return Offset.offset(1e-9);
  }
}
