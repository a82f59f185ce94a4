package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classes that fail, are aborted or are skipped as a whole (examples/lifecycle-edges: assumptions
 * and exceptions in {@code @BeforeAll}, {@code @AfterAll} and JUnit 4's {@code @BeforeClass}, a
 * {@code @Disabled} and an {@code @Ignore}d class) are counted exactly as Maven Surefire counts
 * them: the merged report holds the test cases Surefire 3.5.4 wrote (recorded beside the example,
 * kept true by ExpectedCountsIT), no more and no fewer, with dynamic workers.
 */
class LifecycleEdgesIT {

  @TempDir Path temp;

  @Test
  void countsClassesThatFailAbortOrAreSkippedAsAWholeAsSurefireDoes() throws Exception {
    Path project = Examples.copy("lifecycle-edges", temp.resolve("lifecycle-edges"));
    Path reportDir = temp.resolve("report");

    Cli.Result result =
        Cli.run(
            "run",
            "--project",
            project.toString(),
            "--parallel",
            "2",
            "--report-dir",
            reportDir.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
    RunReport report = new RunReport(reportDir);
    assertThat(Examples.casesOf(List.of(reportDir.resolve("TEST-testshard.xml"))))
        .as("classname, name and outcome of every test case, as Surefire reports them")
        .containsExactlyElementsOf(Examples.expectedTests("lifecycle-edges").orElseThrow());
    assertThat(Counts.of(report.rootTotals))
        .isEqualTo(Counts.of(report.caseTotals()))
        .isEqualTo(Counts.of(Examples.expected("lifecycle-edges")));
    for (JsonNode shard : report.summary.get("shards")) {
      assertThat(shard.get("status").asText()).as(shard.toString()).isNotEqualTo("lost");
    }
    assertThat(report.leftovers().isEmpty()).as("labelled leftovers").isTrue();
  }
}
