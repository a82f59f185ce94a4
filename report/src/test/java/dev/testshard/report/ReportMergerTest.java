package dev.testshard.report;

import static dev.testshard.report.TestData.REPORT_TIME;
import static dev.testshard.report.TestData.failed;
import static dev.testshard.report.TestData.passed;
import static dev.testshard.report.TestData.skipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportMergerTest {

  @TempDir Path dir;

  @Test
  void mergesTwoFilesThatSplitOneClassIntoOneSuiteWithAllItsTestCases() throws IOException {
    Path first =
        shardReport(
            "shard-1.xml",
            suite(
                "com.acme.CartTest",
                "shard-1",
                "2026-01-15T10:00:05Z",
                2.0,
                passed("com.acme.CartTest", "a()"),
                failed("com.acme.CartTest", "b()", "no")),
            suite("com.acme.PayTest", "shard-1", null, 1.0, passed("com.acme.PayTest", "p()")));
    Path second =
        shardReport(
            "shard-2.xml",
            suite("com.acme.OrderTest", "shard-2", null, 1.0, passed("com.acme.OrderTest", "o()")),
            suite(
                "com.acme.CartTest",
                "shard-2",
                "2026-01-15T10:00:01Z",
                3.0,
                passed("com.acme.CartTest$Nested", "c()"),
                skipped("com.acme.CartTest", "d()")));
    Path target = dir.resolve("TEST-testshard.xml");

    Totals totals =
        ReportMerger.merge(
            List.of(first, second), target, "acme", REPORT_TIME, ReportLimits.DEFAULTS);

    List<TestSuiteResult> suites = readAll(target);
    assertThat(suites)
        .extracting(TestSuiteResult::name)
        .containsExactly("com.acme.CartTest", "com.acme.PayTest", "com.acme.OrderTest");
    TestSuiteResult cart = suites.get(0);
    assertThat(cart.testCases())
        .extracting(TestCaseResult::name)
        .containsExactly("a()", "b()", "c()", "d()");
    assertThat(List.of(cart.tests(), cart.failures(), cart.errors(), cart.skipped()))
        .containsExactly(4, 1, 0, 1);
    assertThat(cart.timeSeconds()).isEqualTo(5.0);
    assertThat(cart.hostname()).isEqualTo("shard-1,shard-2");
    assertThat(cart.timestamp()).isEqualTo(Instant.parse("2026-01-15T10:00:01Z"));
    assertThat(cart.properties()).containsEntry("testshard.shard", "shard-1,shard-2");
    assertThat(totals).isEqualTo(new Totals(6, 1, 0, 1, 7.0));
  }

  @Test
  void keepsTheSameClassOfTwoScopesAsTwoSuitesAndJoinsItWithinAScope() throws IOException {
    Path a1 = shardReport("a1.xml", suite("x.SameTest", "a-1", null, 1, passed("x.SameTest", "t")));
    Path b1 =
        shardReport("b1.xml", suite("x.SameTest", "b-1", null, 2, failed("x.SameTest", "t", "no")));
    Path a2 = shardReport("a2.xml", suite("x.SameTest", "a-2", null, 3, passed("x.SameTest", "u")));
    Path target = dir.resolve("merged.xml");

    Totals totals =
        ReportMerger.merge(
            List.of(a1, b1, a2),
            List.of("a", "b", "a"),
            target,
            "r",
            REPORT_TIME,
            ReportLimits.DEFAULTS);

    List<TestSuiteResult> suites = readAll(target);
    assertThat(suites)
        .extracting(TestSuiteResult::name, TestSuiteResult::hostname, TestSuiteResult::tests)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("x.SameTest", "a-1,a-2", 2),
            org.assertj.core.groups.Tuple.tuple("x.SameTest", "b-1", 1));
    assertThat(totals.tests()).isEqualTo(3);
  }

  @Test
  void keepsDuplicateTestCasesFromDifferentInputs() throws IOException {
    Path first = shardReport("1.xml", suite("a.A", "s1", null, 1, passed("a.A", "t()")));
    Path second = shardReport("2.xml", suite("a.A", "s2", null, 1, failed("a.A", "t()", "flaky")));
    Path target = dir.resolve("merged.xml");

    Totals totals =
        ReportMerger.merge(
            List.of(first, second), target, "acme", REPORT_TIME, ReportLimits.DEFAULTS);

    assertThat(totals.tests()).isEqualTo(2);
    assertThat(totals.failures()).isEqualTo(1);
    assertThat(readAll(target)).singleElement().extracting(TestSuiteResult::tests).isEqualTo(2);
  }

  @Test
  void keepsTheRerunsOfTestCasesInAClassSplitOverTwoFiles() throws IOException {
    TestCaseResult flaky = TestData.flaky("a.A", "flaky()");
    TestCaseResult broken =
        failed("a.A", "broken()", "first")
            .withReruns(List.of(Attempt.of(failed("a.A", "broken()", "second"))));
    Path first = shardReport("1.xml", suite("a.A", "s1", null, 1, flaky));
    Path second = shardReport("2.xml", suite("a.A", "s2", null, 1, broken));
    Path target = dir.resolve("merged.xml");

    Totals totals =
        ReportMerger.merge(
            List.of(first, second), target, "acme", REPORT_TIME, ReportLimits.DEFAULTS);

    assertThat(totals).isEqualTo(new Totals(2, 1, 0, 0, 2));
    TestSuiteResult merged = readAll(target).get(0);
    assertThat(merged.testCases()).containsExactly(flaky, broken);
    assertThat(merged.flaky()).isEqualTo(1);
  }

  @Test
  void aBrokenInputLeavesNoTargetAndNoTemporaryFiles() throws IOException {
    Path good = shardReport("good.xml", suite("a.A", "s1", null, 1, passed("a.A", "t()")));
    Path broken = dir.resolve("broken.xml");
    Files.writeString(
        broken, "<testsuite name=\"JUnit Jupiter\"><testcase classname=\"b.B\" name=\"x\">");
    Path out = Files.createDirectory(dir.resolve("out"));

    assertThatThrownBy(
            () ->
                ReportMerger.merge(
                    List.of(good, broken),
                    out.resolve("merged.xml"),
                    "acme",
                    REPORT_TIME,
                    ReportLimits.DEFAULTS))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("broken.xml");
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void mergesTwentyThousandTestCasesFromTenFilesQuicklyAndTheResultReadsBackWithTheSameTotals()
      throws IOException {
    List<Path> inputs = new ArrayList<>();
    for (int shard = 0; shard < 10; shard++) {
      inputs.add(generatedLegacyReport(shard));
    }
    Path target = dir.resolve("TEST-testshard.xml");

    long start = System.nanoTime();
    Totals totals = ReportMerger.merge(inputs, target, "big", REPORT_TIME, ReportLimits.DEFAULTS);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    assertThat(elapsed).isLessThan(Duration.ofSeconds(15));
    assertThat(totals.tests()).isEqualTo(20_000);
    assertThat(totals.failures()).isEqualTo(200);
    List<TestSuiteResult> suites = readAll(target);
    Totals reread = suites.stream().reduce(Totals.ZERO, Totals::plus, Totals::plus);
    assertThat(reread.tests()).isEqualTo(totals.tests());
    assertThat(reread.failures()).isEqualTo(totals.failures());
    assertThat(reread.errors()).isEqualTo(totals.errors());
    assertThat(reread.skipped()).isEqualTo(totals.skipped());
    assertThat(reread.timeSeconds()).isCloseTo(totals.timeSeconds(), Offset.offset(1.0));
    Set<String> names = new HashSet<>();
    suites.forEach(
        suite -> assertThat(names.add(suite.name())).as("one suite for %s", suite.name()).isTrue());
    assertThat(suites).hasSize(10 * 197 + 3);
    assertThat(suites.stream().filter(s -> s.name().startsWith("com.acme.shared.")))
        .allSatisfy(shared -> assertThat(shared.tests()).isEqualTo(100));
  }

  /**
   * A JUnit Platform style report of 2,000 tests: 197 classes of its own with 10 tests each (one of
   * them nested), and 10 tests of each of 3 classes that every shard ran a part of.
   */
  @Test
  void keepsTheNamesOfMavenSurefiresOwnReportsWithEachTestInTheSuiteOfItsFile() throws Exception {
    List<Path> inputs = new ArrayList<>();
    for (String file :
        List.of(
            "TEST-com.example.snapshot.greeting.GreeterTest.xml",
            "TEST-com.example.failing.setup.BrokenSetupTest.xml",
            "TEST-fx.AllSuiteTest.xml",
            "TEST-fx.EnclosedTest.xml")) {
      inputs.add(Path.of(ReportMergerTest.class.getResource("surefire-names/" + file).toURI()));
    }
    Path target = dir.resolve("merged.xml");

    ReportMerger.merge(inputs, target, "acme", REPORT_TIME, ReportLimits.DEFAULTS);

    List<String> cases = new ArrayList<>();
    for (TestSuiteResult suite : readAll(target)) {
      for (TestCaseResult testCase : suite.testCases()) {
        cases.add(
            String.join(
                " | ",
                suite.name(),
                testCase.className(),
                testCase.name(),
                testCase.outcome().name()));
      }
    }
    String greeter = "com.example.snapshot.greeting.GreeterTest";
    String setup = "com.example.failing.setup.BrokenSetupTest";
    assertThat(cases)
        .containsExactlyInAnyOrder(
            greeter + " | " + greeter + " | informalIgnoresTimeOfDay | PASSED",
            greeter + " | " + greeter + " | greetsInGerman | SKIPPED",
            greeter + " | " + greeter + " | informal(String, String)[1] | PASSED",
            greeter + " | " + greeter + " | informal(String, String)[2] | PASSED",
            greeter + " | " + greeter + " | informal(String, String)[3] | PASSED",
            greeter + " | " + greeter + " | informal(String, String)[4] | PASSED",
            greeter + " | " + greeter + " | nullNameIsAnonymous | PASSED",
            greeter + " | formal greetings | afternoonStartsAtNoon | PASSED",
            greeter + " | formal greetings | morning | PASSED",
            greeter + " | formal greetings | eveningWithoutName | PASSED",
            setup + " | " + setup + " |  | ERROR",
            "fx.AllSuiteTest | fx.SuiteMemberA | a1 | PASSED",
            "fx.AllSuiteTest | fx.SuiteMemberA | a2 | PASSED",
            "fx.AllSuiteTest | fx.SuiteMemberB | b1 | PASSED",
            "fx.EnclosedTest | fx.EnclosedTest$WhenEmpty | isEmpty | PASSED",
            "fx.EnclosedTest | fx.EnclosedTest$WhenFull | isFull | PASSED",
            "fx.EnclosedTest | fx.EnclosedTest$WhenFull | rejects | FAILED");
  }

  private Path generatedLegacyReport(int shard) throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuite name=\"JUnit Jupiter\" hostname=\"shard-")
        .append(shard)
        .append("\" time=\"1,234.5\">\n");
    xml.append("<properties><property name=\"secret\" value=\"x\"/></properties>\n");
    for (int c = 0; c < 197; c++) {
      String className = "com.acme.s" + shard + ".Class" + c;
      for (int t = 0; t < 10; t++) {
        String declaring = t == 9 ? className + "$Nested" : className;
        xml.append("<testcase name=\"test")
            .append(t)
            .append("()\" classname=\"")
            .append(declaring)
            .append("\" time=\"0.01\">");
        if (c < 20 && t == 0) {
          xml.append(
              "<failure message=\"expected: &lt;1&gt;\""
                  + " type=\"org.opentest4j.AssertionFailedError\"><![CDATA[trace\n"
                  + "\tat x]]></failure>");
        }
        xml.append("<system-out><![CDATA[\nunique-id: [engine:junit-jupiter]/[class:")
            .append(className)
            .append("]\n]]></system-out>");
        xml.append("</testcase>\n");
      }
    }
    for (int s = 0; s < 3; s++) {
      for (int t = 0; t < 10; t++) {
        xml.append("<testcase name=\"part")
            .append(shard)
            .append('_')
            .append(t)
            .append("()\" classname=\"com.acme.shared.Shared")
            .append(s)
            .append("\" time=\"0.5\"/>\n");
      }
    }
    xml.append("</testsuite>\n");
    Path file = dir.resolve("TEST-junit-jupiter-" + shard + ".xml");
    Files.writeString(file, xml);
    return file;
  }

  private Path shardReport(String name, TestSuiteResult... suites) throws IOException {
    Path file = dir.resolve(name);
    try (MergedReportWriter writer =
        MergedReportWriter.open(file, "shard", REPORT_TIME, ReportLimits.DEFAULTS)) {
      for (TestSuiteResult suite : suites) {
        writer.write(suite);
      }
      writer.finish();
    }
    return file;
  }

  private static TestSuiteResult suite(
      String name, String shard, String timestamp, double time, TestCaseResult... testCases) {
    return new TestSuiteResult(
        name,
        shard,
        timestamp == null ? null : Instant.parse(timestamp),
        time,
        null,
        Map.of("testshard.shard", shard),
        List.of(testCases));
  }

  private static List<TestSuiteResult> readAll(Path file) throws IOException {
    List<TestSuiteResult> suites = new ArrayList<>();
    JUnitXmlReader.read(file, suites::add);
    return suites;
  }
}
