package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class in the package {@code probe.ünï} is found and run, with the names Surefire gives its
 * tests, in dynamic mode and with {@code --shard-by class}: the containers have a UTF-8 locale, so
 * the JVM can map the class file's name to the class (without it, the class went missing and a red
 * build showed green).
 */
class NonAsciiIT {

  private static final String UMLAUT = "probe.ünï.ÜmlautTest";

  @TempDir Path temp;

  @Test
  void runsAndReportsTheNonAsciiClassTestByTestInBothModes() throws Exception {
    Path project = Examples.copy("non-ascii", temp.resolve("non-ascii"));
    List<String> expected = Examples.expectedTests("non-ascii").orElseThrow();

    Path dynamicReport = temp.resolve("dynamic");
    Cli.Result dynamic =
        Cli.run("run", "--project", project.toString(), "--report-dir", dynamicReport.toString());

    assertReport(dynamic, dynamicReport, expected);

    Path byClassReport = temp.resolve("by-class");
    Cli.Result byClass =
        Cli.run(
            "run",
            "--project",
            project.toString(),
            "--no-build",
            "--shard-by",
            "class",
            "--report-dir",
            byClassReport.toString());

    assertReport(byClass, byClassReport, expected);
  }

  private static void assertReport(Cli.Result result, Path reportDir, List<String> expected)
      throws Exception {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
    assertThat(result.out())
        .contains("FAILED " + UMLAUT + " > schlägtFehl")
        .doesNotContain("cannot load test class");
    assertThat(Examples.casesOf(List.of(reportDir.resolve("TEST-testshard.xml"))))
        .containsExactlyElementsOf(expected);
    RunReport report = new RunReport(reportDir);
    TestCaseResult failed = report.testCase(UMLAUT, "schlägtFehl").orElseThrow();
    assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(failed.problem().message()).contains("ümlaut failure");
    assertThat(report.summary.get("totals").get("tests").asInt()).isEqualTo(4);
    assertThat(report.leftovers().isEmpty()).isTrue();
  }
}
