package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.DockerJavaEngine;
import dev.testshard.runner.snapshot.HostJdkBaseImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class in the package {@code probe.ünï} is found and run, with the names Surefire gives its
 * tests, in dynamic mode and with {@code --shard-by class}: the containers have a UTF-8 locale, so
 * the JVM can map the class file's name to the class (without it, the class went missing and a red
 * build showed green). On an image without one, the class is an error, never a silent omission.
 */
class NonAsciiIT {

  private static final String UMLAUT = "probe.ünï.ÜmlautTest";

  @TempDir Path temp;

  @Test
  void runsAndReportsTheNonAsciiClassTestByTestInBothModesAndAnErrorWithoutAUtf8Locale()
      throws Exception {
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

    // On a base image without a UTF-8 locale the JVM garbles the class file's name: the class is
    // an error, never a silent omission.
    String noLocale = "testshard-it-no-utf8-locale:" + UUID.randomUUID();
    try (ContainerEngine engine = DockerJavaEngine.fromEnvironment()) {
      String base =
          new HostJdkBaseImage(engine, HostJdkBaseImage.hostJavaHome())
              .ensure(Map.of("dev.testshard", "true", "dev.testshard.cache", "true"), () -> {});
      engine.build(
          out -> dockerfile(out, "FROM " + base + "\nENV LANG=C\n"),
          noLocale,
          Map.of("dev.testshard", "true"));
      try {
        Path garbledReport = temp.resolve("no-locale");
        Cli.Result garbled =
            Cli.run(
                "run",
                "--project",
                project.toString(),
                "--no-build",
                "--base-image",
                noLocale,
                "--report-dir",
                garbledReport.toString());

        assertThat(garbled.exitCode()).as(garbled.err()).isEqualTo(1);
        assertThat(garbled.out()).contains("warning: cannot load test class probe.");
        RunReport report = new RunReport(garbledReport);
        assertThat(report.testCase("probe.plain.PlainTest", "passes").orElseThrow().outcome())
            .isEqualTo(Outcome.PASSED);
        List<TestCaseResult> errors =
            report.suites.stream()
                .flatMap(suite -> suite.testCases().stream())
                .filter(c -> c.outcome() == Outcome.ERROR)
                .toList();
        assertThat(errors)
            .isNotEmpty()
            .allSatisfy(c -> assertThat(c.problem().message()).contains("cannot load test class"))
            .anySatisfy(c -> assertThat(c.problem().message()).contains("file name encoding"));
        assertThat(report.caseTotals().tests() - errors.size()).isEqualTo(1);
        assertThat(report.leftovers().isEmpty()).isTrue();
      } finally {
        engine.removeImage(noLocale);
      }
    }
  }

  /** A build context of just a Dockerfile. */
  private static void dockerfile(OutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
    TarArchiveEntry entry = new TarArchiveEntry("Dockerfile");
    entry.setSize(bytes.length);
    tar.putArchiveEntry(entry);
    tar.write(bytes);
    tar.closeArchiveEntry();
    tar.finish();
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
