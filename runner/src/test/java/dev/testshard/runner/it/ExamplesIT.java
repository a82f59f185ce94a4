package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every example, copied out of git (so the snapshot is the whole tree), run end to end: the merged
 * totals, and every test case with its classname, name and outcome, equal what Maven Surefire
 * reports for the same project (recorded beside the example, and kept true by ExpectedCountsIT), no
 * event of the agent is ignored as untrusted, and nothing labelled with the run is left in Docker.
 * {@code lifecycle-edges} holds the classes that fail, are aborted or are skipped as a whole;
 * {@code testng} what Surefire's testng provider reports of TestNG's configuration failures and
 * names; {@code dependencies-to-scan} the tests of a sibling module that two modules scan, each
 * with its own settings; {@code display-names} test cases named by their display names, as
 * Surefire's phrased XML reporter names them.
 */
class ExamplesIT {

  @TempDir Path temp;

  @ParameterizedTest(name = "{0} by {1}")
  @CsvSource({
    "junit4, package, 0",
    "junit5-10, package, 0",
    "multi-module, module, 0",
    "failing, class, 1",
    "lifecycle-edges, dynamic, 1",
    "testng, dynamic, 1",
    "testng-suites, class, 0",
    "dependencies-to-scan, class, 0",
    "display-names, dynamic, 1",
    "discovery-settings, class, 0",
    "discovery-modules, module, 0",
  })
  void mergedTestCasesAndTotalsEqualSurefiresAndNothingIsLeftBehind(
      String example, String shardBy, int exit) throws Exception {
    Path project = Examples.copy(example, temp.resolve(example));
    Path reportDir = temp.resolve("report");

    String[] plan =
        shardBy.equals("dynamic") ? new String[0] : new String[] {"--shard-by", shardBy};
    Cli.Result result = Cli.runOnTwo(project, reportDir, plan);

    assertThat(result.exitCode()).as(result.err()).isEqualTo(exit);
    RunReport report = new RunReport(reportDir);
    assertThat(Counts.of(report.rootTotals))
        .isEqualTo(Counts.of(report.caseTotals()))
        .isEqualTo(Counts.of(Examples.expected(example)));
    assertThat(Examples.casesOf(List.of(reportDir.resolve("TEST-testshard.xml"))))
        .as("classname, name and outcome of every test case, as Surefire reports them")
        .containsExactlyElementsOf(Examples.expectedTests(example).orElseThrow());
    try (Stream<Path> files = Files.walk(reportDir.resolve("shards"))) {
      for (Path log : files.filter(file -> file.endsWith("output.log")).toList()) {
        assertThat(Files.readString(log)).as(log.toString()).doesNotContain("testshard: ignored");
      }
    }
    assertThat(report.leftovers().isEmpty()).as("labelled leftovers").isTrue();
    if (shardBy.equals("module") && example.equals("multi-module")) {
      List<String> shards = new ArrayList<>();
      for (JsonNode shard : report.summary.get("shards")) {
        shards.add(shard.get("id").asText());
      }
      assertThat(shards).containsExactlyInAnyOrder("core", "service", "web");
    }
  }
}
