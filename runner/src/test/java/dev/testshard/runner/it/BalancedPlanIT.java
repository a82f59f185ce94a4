package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testshard.report.RunTimings;
import dev.testshard.report.TimingsJson;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --shards N}: a run records class times, and the next plan balances with them. */
class BalancedPlanIT {

  @TempDir Path temp;

  @Test
  void aRunRecordsTimesThatTheNextPlanBalancesWith() throws Exception {
    Path project = Examples.copy("multi-module", temp.resolve("project"));
    Path reportDir = temp.resolve("report");

    Cli.Result first =
        Cli.run(
            "run",
            "--project",
            project.toString(),
            "--shards",
            "4",
            "--report-dir",
            reportDir.toString());

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("no history (estimates only)");
    RunTimings timings = TimingsJson.read(reportDir.resolve("timings.json"));
    assertThat(timings.classes()).hasSize(7).allMatch(c -> c.seconds() > 0);
    assertThat(timings.shards()).hasSize(4).allMatch(s -> s.firstTestSeconds() > 0);
    assertThat(project.resolve(".testshard/timings.json")).exists();
    assertThat(Counts.of(new RunReport(reportDir).rootTotals))
        .isEqualTo(Counts.of(Examples.expected("multi-module")));

    Cli.Result plan =
        Cli.run("plan", "--project", project.toString(), "--no-build", "--shards", "4", "--json");

    assertThat(plan.exitCode()).as(plan.err()).isZero();
    assertThat(plan.err()).contains("times of 7 of 7 classes");
    JsonNode json = new ObjectMapper().readTree(plan.out());
    assertThat(json.get("shardBy").asText()).isEqualTo("time");
    assertThat(json.get("lowerBoundSeconds").asDouble()).isPositive();
    double longest = 0;
    for (JsonNode shard : json.get("shards")) {
      assertThat(shard.get("id").asText()).startsWith("bin-");
      longest = Math.max(longest, shard.get("predictedSeconds").asDouble());
    }
    assertThat(longest).isGreaterThanOrEqualTo(json.get("lowerBoundSeconds").asDouble() - 1e-9);
  }
}
