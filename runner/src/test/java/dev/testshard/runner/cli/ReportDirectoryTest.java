package dev.testshard.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportDirectoryTest {

  @TempDir Path temp;

  @Test
  void aChosenDirectoryWithTheUsersFilesIsRefusedAndLeftByteForByte() throws Exception {
    Path site = temp.resolve("site");
    Files.createDirectories(site.resolve("shards/a"));
    Files.writeString(site.resolve("index.html"), "<h1>my site</h1>");
    Files.writeString(site.resolve("shards/a/page.md"), "tracked");
    Files.writeString(site.resolve("build.log"), "mine");
    Map<String, String> before = contents(site);

    assertThatThrownBy(() -> ReportDirectory.prepare(site, true))
        .isInstanceOfSatisfying(
            TestshardException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
              assertThat(e.getMessage())
                  .startsWith("report directory " + site + " holds files testshard did not write")
                  .contains("build.log, index.html, shards")
                  .doesNotContain("\n");
            });
    assertThat(contents(site)).isEqualTo(before);
  }

  @Test
  void throughTheCliItIsOneLineAndExitCode2BeforeAnythingRuns() throws Exception {
    Path project = Files.createDirectories(temp.resolve("project"));
    Path site = Files.createDirectories(temp.resolve("site"));
    Files.writeString(site.resolve("index.html"), "<h1>my site</h1>");
    Map<String, String> before = contents(site);
    CliTest.Result result =
        CliTest.run("run", "--project", project.toString(), "--report-dir", site.toString());

    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.errLines())
        .singleElement()
        .satisfies(line -> assertThat(line).startsWith("testshard: report directory " + site));
    assertThat(result.out()).isEmpty();
    assertThat(contents(site)).isEqualTo(before);
  }

  @Test
  void aDirectoryOfAnEarlierRunIsReusedWithItsOldReportRemoved() throws Exception {
    Path reports = temp.resolve("reports");
    ReportDirectory.prepare(reports, true);
    Files.createDirectories(reports.resolve("shards/package-a"));
    Files.writeString(reports.resolve("shards/package-a/output.log"), "old");
    Files.writeString(reports.resolve("summary.json"), "{}");
    Files.writeString(reports.resolve("index.html"), "old");

    ReportDirectory.prepare(reports, true);

    assertThat(contents(reports)).containsOnlyKeys(ReportDirectory.MARKER);
  }

  @Test
  void aReportOfAVersionBeforeTheMarkerIsRecognisedByItsSummary() throws Exception {
    Path reports = Files.createDirectories(temp.resolve("reports"));
    Files.writeString(reports.resolve("summary.json"), "{\"format\": \"testshard-summary/1\"}");
    Files.writeString(reports.resolve("TEST-testshard.xml"), "<testsuites/>");

    ReportDirectory.prepare(reports, true);

    assertThat(contents(reports)).containsOnlyKeys(ReportDirectory.MARKER);
  }

  @Test
  void aSummaryJsonOfAnotherToolIsNoSignOfTestshard() throws Exception {
    Path reports = Files.createDirectories(temp.resolve("reports"));
    Files.writeString(reports.resolve("summary.json"), "{\"format\": \"other/1\"}");

    assertThatThrownBy(() -> ReportDirectory.prepare(reports, true))
        .isInstanceOf(TestshardException.class);
    assertThat(contents(reports)).containsOnlyKeys("summary.json");
  }

  @Test
  void anEmptyOrNewDirectoryIsFine() throws Exception {
    Path empty = Files.createDirectories(temp.resolve("empty"));
    Path fresh = temp.resolve("new/reports");

    ReportDirectory.prepare(empty, true);
    ReportDirectory.prepare(fresh, true);

    assertThat(contents(empty)).containsOnlyKeys(ReportDirectory.MARKER);
    assertThat(contents(fresh)).containsOnlyKeys(ReportDirectory.MARKER);
  }

  @Test
  void theDefaultDirectoryUnderTargetIsTestshardsInAnyCase() throws Exception {
    Path reports = Files.createDirectories(temp.resolve("target/testshard"));
    Files.writeString(reports.resolve("index.html"), "from a version before the marker");
    Files.writeString(reports.resolve("jacoco.exec"), "kept");

    ReportDirectory.prepare(reports, false);

    assertThat(contents(reports)).containsOnlyKeys(ReportDirectory.MARKER, "jacoco.exec");
  }

  /** Every file under {@code dir} by relative path, with its content. */
  private static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(file).toString(), Files.readString(file));
      }
    }
    return files;
  }
}
