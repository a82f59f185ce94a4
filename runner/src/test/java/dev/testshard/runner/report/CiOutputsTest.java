package dev.testshard.runner.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.RunSummary;
import dev.testshard.report.RunTimings;
import dev.testshard.report.SummaryJson;
import dev.testshard.report.SummaryTotals;
import dev.testshard.report.TimingsJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CiOutputsTest {

  @TempDir Path dir;

  private Path reportDir;
  private final StringWriter out = new StringWriter();
  private final List<String> warnings = new ArrayList<>();

  @BeforeEach
  void writeAReportWithOneFailure() throws IOException {
    reportDir = Files.createDirectories(dir.resolve("report"));
    SummaryJson.write(
        reportDir.resolve("summary.json"),
        new RunSummary(
            null,
            "shop",
            "r1",
            Instant.parse("2026-01-15T10:02:03Z"),
            3.0,
            1,
            "failed",
            new SummaryTotals(2, 1, 1, 0, 0, 1.5, 0),
            List.of(),
            null,
            null,
            null));
    TimingsJson.write(
        reportDir.resolve("timings.json"),
        new RunTimings(
            null,
            "r1",
            List.of(new RunTimings.ClassTiming("com.acme.CartTest", "shop", "worker-1", 1.5, 2)),
            List.of()));
    Files.writeString(
        reportDir.resolve("TEST-testshard.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites tests="2" failures="1" errors="0" skipped="0" time="1.5">
          <testsuite name="com.acme.CartTest" tests="2" failures="1" errors="0" skipped="0"
              time="1.5">
            <testcase classname="com.acme.CartTest" name="adds" time="0.5"
                file="src/test/java/com/acme/CartTest.java"/>
            <testcase classname="com.acme.CartTest" name="refunds" time="1.0"
                file="src/test/java/com/acme/CartTest.java">
              <failure message="expected: &lt;2&gt; but was: &lt;3&gt;" type="AssertionFailedError">\
        org.opentest4j.AssertionFailedError: expected: &lt;2&gt; but was: &lt;3&gt;
        \tat com.acme.CartTest.refunds(CartTest.java:23)
        </failure>
            </testcase>
          </testsuite>
        </testsuites>
        """);
  }

  private void write(Path summaryFile, Map<String, String> env) {
    PrintWriter printer = new PrintWriter(out, true);
    new CiOutputs(reportDir, env).write(summaryFile, printer::println, warnings::add);
  }

  @Test
  void underGithubActionsAppendsTheSummaryAndPrintsAnAnnotationPerFailure() throws IOException {
    Path stepSummary = dir.resolve("step-summary.md");
    Files.writeString(stepSummary, "an earlier step's summary\n");
    Map<String, String> env =
        Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", stepSummary.toString());

    write(null, env);

    assertThat(out.toString())
        .isEqualTo(
            "::error file=src/test/java/com/acme/CartTest.java,line=23,"
                + "title=com.acme.CartTest.refunds failed::expected: <2> but was: <3>"
                + System.lineSeparator());
    assertThat(Files.readString(stepSummary))
        .startsWith(
            "an earlier step's summary\n## testshard: failed (exit code 1), 2 tests in 3.0 s")
        .contains(
            "| com.acme.CartTest | refunds | failed | expected: &lt;2&gt; but was: &lt;3&gt; |")
        .contains("| com.acme.CartTest | worker-1 | 2 | 1.5 s |");
    assertThat(warnings).isEmpty();
  }

  @Test
  void summaryFileIsReplacedAndNothingIsPrintedOutsideGithubActions() throws IOException {
    Path file = dir.resolve("out/summary.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x".repeat(10_000));

    write(file, Map.of("GITHUB_ACTIONS", "false"));

    assertThat(out.toString()).isEmpty();
    assertThat(Files.readString(file)).startsWith("## testshard: failed").doesNotContain("xxx");
  }

  @Test
  void withoutASummaryFileOrGithubActionsItDoesNothing() throws IOException {
    Files.delete(reportDir.resolve("summary.json"));

    write(null, Map.of("GITHUB_STEP_SUMMARY", ""));

    assertThat(out.toString()).isEmpty();
    assertThat(warnings).isEmpty();
  }

  @Test
  void aSummaryThatCannotBeWrittenIsAWarning() throws IOException {
    Path notADirectory = Files.writeString(dir.resolve("file"), "");

    write(notADirectory.resolve("summary.md"), Map.of());

    assertThat(warnings)
        .singleElement()
        .asString()
        .startsWith("cannot write the job summary to " + notADirectory.resolve("summary.md"))
        .endsWith("(this run's report is complete)");
  }
}
