package dev.testshard.report;

import static dev.testshard.report.TestData.REPORT_TIME;
import static dev.testshard.report.TestData.error;
import static dev.testshard.report.TestData.failed;
import static dev.testshard.report.TestData.passed;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The merged report against Maven Surefire's report schemas, 3.0 and 3.0.2, which describe the
 * flaky and rerun elements. Each {@code <testsuite>} is validated on its own, as Surefire writes
 * one per file, after removing only the attributes the merged report adds and the schema does not
 * declare: {@code id}, {@code hostname} and {@code timestamp} on {@code <testsuite>}, {@code file}
 * on {@code <testcase>}, and {@code time} on the flaky and rerun elements ({@link
 * SurefireSchemas#EXTENSIONS}). Everything else must be valid as written: element order, required
 * {@code type} and {@code <stackTrace>}, and number formats. The {@code <testsuites>} root is not
 * in Surefire's schema; the consumer rules test checks it.
 *
 * <p>The Ant format is checked by {@link AntSchemaTest}, against testshard's own schema of it.
 */
class SurefireSchemaTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {SurefireSchemas.V3_0, SurefireSchemas.V3_0_2})
  void everySuiteOfAMergedReportWithEveryKindOfResultIsValid(String schema) throws Exception {
    Path report = dir.resolve("TEST-testshard.xml");
    try (MergedReportWriter writer =
        MergedReportWriter.open(report, "acme", REPORT_TIME, ReportLimits.DEFAULTS)) {
      writer.write(everyKindOfResult());
      writer.write(
          new TestSuiteResult("com.acme.EmptyTest", null, null, 0, null, Map.of(), List.of()));
      writer.write(
          TestData.suite("com.acme.NoShardTest", null, passed("com.acme.NoShardTest", "t")));
      writer.finish();
    }

    assertThat(SurefireSchemas.errors(schema, report)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {SurefireSchemas.V3_0, SurefireSchemas.V3_0_2})
  void aMergeOfSurefireAndJUnitPlatformReportsIsValid(String schema) throws Exception {
    List<Path> inputs = new ArrayList<>();
    for (String name :
        List.of("surefire-report.xml", "surefire-reruns.xml", "junit-platform-legacy.xml")) {
      inputs.add(copyResource(name));
    }
    Path report = dir.resolve("merged.xml");

    ReportMerger.merge(inputs, report, "acme", REPORT_TIME, ReportLimits.DEFAULTS);

    assertThat(SurefireSchemas.errors(schema, report)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {SurefireSchemas.V3_0, SurefireSchemas.V3_0_2})
  void theValidationRejectsWhatTheSchemaForbids(String schema) throws Exception {
    Path report = dir.resolve("invalid.xml");
    Files.writeString(
        report,
        """
        <testsuites><testsuite name="a.A" tests="1" failures="1" errors="0" skipped="0">
          <testcase name="t" classname="a.A" time="1,234.5" file="A.java">
            <rerunFailure type="E"/>
            <failure type="E">trace</failure>
          </testcase>
        </testsuite></testsuites>
        """);

    assertThat(SurefireSchemas.errors(schema, report))
        .anySatisfy(error -> assertThat(error).startsWith("a.A: ").contains("rerunFailure"));
  }

  /** One suite with every outcome, reruns of both kinds in both orders, and missing details. */
  private static TestSuiteResult everyKindOfResult() {
    String cls = "com.acme.cart.CartTest";
    Attempt failure = Attempt.of(failed(cls, "x", "first run"));
    Attempt error = Attempt.of(error(cls, "x"));
    Attempt bare = new Attempt(Outcome.ERROR, null, 0.5, null, null);
    List<TestCaseResult> cases = new ArrayList<>(TestData.everyOutcome(cls));
    cases.add(passed(cls, "flakyFailureFirst()").withReruns(List.of(failure, error)));
    cases.add(passed(cls, "flakyErrorFirst()").withReruns(List.of(error, bare, failure)));
    cases.add(failed(cls, "failsEveryTime()", "again").withReruns(List.of(error, failure, bare)));
    cases.add(error(cls, "errsEveryTime()").withReruns(List.of(failure, error)));
    return TestData.shardSuite(cls, cases);
  }

  private Path copyResource(String name) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream(name)) {
      Files.copy(in, target);
    }
    return target;
  }
}
