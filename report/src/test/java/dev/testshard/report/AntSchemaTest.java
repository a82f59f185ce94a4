package dev.testshard.report;

import static dev.testshard.report.TestData.REPORT_TIME;
import static dev.testshard.report.TestData.flaky;
import static dev.testshard.report.TestData.passed;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merged report against the Ant JUnit report format, as rendered by testshard's own schema
 * {@code src/test/resources/xsd/ant-junit.xsd} (its header says what it enforces and where it is
 * wider than Ant). The whole document is validated as written, {@code <testsuites>} root included.
 *
 * <p>Ant's format has no reruns: a report of a run without {@code --rerun-failing} (or in which
 * nothing was re-run) is valid; one with {@code <flakyFailure>} or {@code <rerunFailure>} is not,
 * so readers that hold to the Ant schema see unknown elements there. The writer keeps them anyway:
 * Jenkins, GitLab and the GitHub Actions reporters read Surefire's convention.
 */
class AntSchemaTest {

  private static final String ANT = "/xsd/ant-junit.xsd";
  private static final String CART = "com.acme.cart.CartTest";

  @TempDir Path dir;

  @Test
  void aMergedReportWithFailuresErrorsSkipsAndOutputButNoRerunsIsValid() throws Exception {
    Path report = dir.resolve("TEST-testshard.xml");
    try (MergedReportWriter writer =
        MergedReportWriter.open(report, "acme", REPORT_TIME, ReportLimits.DEFAULTS)) {
      writer.write(TestData.shardSuite(CART, TestData.everyOutcome(CART)));
      writer.write(
          new TestSuiteResult("com.acme.EmptyTest", null, null, 0, null, Map.of(), List.of()));
      writer.write(
          TestData.suite("com.acme.NoShardTest", null, passed("com.acme.NoShardTest", "t")));
      writer.finish();
    }

    assertThat(errors(report)).isEmpty();
  }

  @Test
  void aMergeOfJUnitPlatformLegacyXmlIsValid() throws Exception {
    Path report = merge("junit-platform-legacy.xml");

    assertThat(errors(report)).isEmpty();
  }

  @Test
  void aReportWithFlakyAndRerunElementsIsNotValidAntXml() throws Exception {
    Path written = dir.resolve("flaky.xml");
    try (MergedReportWriter writer =
        MergedReportWriter.open(written, "acme", REPORT_TIME, ReportLimits.DEFAULTS)) {
      writer.write(TestData.suite(CART, "shard-01", flaky(CART, "flaky()")));
      writer.finish();
    }
    Path merged = merge("surefire-report.xml", "surefire-reruns.xml", "junit-platform-legacy.xml");

    assertThat(errors(written)).anySatisfy(error -> assertThat(error).contains("flakyFailure"));
    assertThat(errors(merged))
        .anySatisfy(error -> assertThat(error).contains("flakyFailure"))
        .anySatisfy(error -> assertThat(error).contains("rerunError"));
  }

  @Test
  void theSchemaRejectsATestCaseWithoutAName() throws Exception {
    Path report = dir.resolve("invalid.xml");
    Files.writeString(
        report,
        """
        <testsuites><testsuite name="a.A" id="0" tests="1" failures="0" errors="0" time="0.1"
            timestamp="2026-01-15T10:02:03">
          <testcase classname="a.A" time="0.1"/>
        </testsuite></testsuites>
        """);

    assertThat(errors(report))
        .singleElement()
        .satisfies(error -> assertThat(error).contains("'name'").contains("'testcase'"));
  }

  @Test
  void theSchemaRejectsGroupedTimesZonedTimestampsAndAFailureWithoutType() throws Exception {
    Path report = dir.resolve("invalid.xml");
    Files.writeString(
        report,
        """
        <testsuites><testsuite name="a.A" id="0" tests="1" failures="1" errors="0"
            time="1,234.5" timestamp="2026-01-15T10:02:03Z">
          <testcase name="t" classname="a.A" time="0.1"><failure>trace</failure></testcase>
        </testsuite></testsuites>
        """);

    assertThat(errors(report))
        .anySatisfy(error -> assertThat(error).contains("1,234.5"))
        .anySatisfy(error -> assertThat(error).contains("2026-01-15T10:02:03Z"))
        .anySatisfy(error -> assertThat(error).contains("'type'").contains("'failure'"));
  }

  private Path merge(String... resources) throws IOException {
    List<Path> inputs = new ArrayList<>();
    for (String name : resources) {
      Path input = dir.resolve(name);
      try (InputStream in = getClass().getResourceAsStream(name)) {
        Files.copy(in, input);
      }
      inputs.add(input);
    }
    Path report = dir.resolve("merged.xml");
    ReportMerger.merge(inputs, report, "acme", REPORT_TIME, ReportLimits.DEFAULTS);
    return report;
  }

  private static List<String> errors(Path report) throws Exception {
    return SurefireSchemas.errors(ANT, SurefireSchemas.parse(report), "report");
  }
}
