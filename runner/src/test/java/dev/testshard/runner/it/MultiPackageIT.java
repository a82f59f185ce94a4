package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.TestSuiteResult;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main job: multi-package, in place (so the snapshot comes from git), one container
 * per package, one merged report whose totals are what Maven Surefire reports.
 */
class MultiPackageIT {

  @TempDir Path temp;

  @Test
  void runsEveryPackageInItsOwnContainerAndMergesOneReportWithSurefiresCounts() throws Exception {
    Path reportDir = temp.resolve("report");
    Cli.Result result =
        Cli.run(
            "run",
            "--project",
            Examples.dir("multi-package").toString(),
            "--parallel",
            "2",
            "--shard-by",
            "package",
            "--report-dir",
            reportDir.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("snapshot taken");
    RunReport report = new RunReport(reportDir);
    assertThat(Counts.of(report.rootTotals))
        .isEqualTo(Counts.of(Examples.expected("multi-package")))
        .isEqualTo(Counts.of(report.caseTotals()));
    assertThat(report.summary.get("shards").size()).isGreaterThanOrEqualTo(10);
    assertThat(report.summary.get("exitCode").asInt()).isZero();

    Set<String> suiteNames = new HashSet<>();
    for (TestSuiteResult suite : report.suites) {
      assertThat(suiteNames.add(suite.name())).as("unique suite " + suite.name()).isTrue();
      assertThat(suite.hostname()).isEqualTo(suite.properties().get("testshard.shard"));
      assertThat(suite.name()).startsWith(suite.hostname() + ".");
      assertThat(suite.file())
          .startsWith("examples/multi-package/src/test/java/")
          .endsWith(suite.name().substring(suite.name().lastIndexOf('.') + 1) + ".java");
    }
    assertThat(reportDir.resolve("shards")).isDirectory();
    assertThat(report.leftovers().isEmpty()).as("labelled leftovers").isTrue();
  }
}
