package dev.testshard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The step and start-up times of {@code summary.json}, added within its format. */
class StepTimesJsonTest {

  @TempDir Path dir;

  private static final StepTimes STEPS =
      new StepTimes(
          0.9, 2.5, 0.1, false, 0.05, false, 0.8, 1.0, 0.0, true, 2, 0.6, 0.3, 0.4, 0.2, 4.5, 2.0,
          0.15, 47.25, 61.5);

  private static RunSummary summary(StepTimes steps) {
    return TestData.summary(
        "passed",
        SummaryTotals.of(new Totals(3, 0, 0, 0, 1.5)),
        List.of(
            new ShardSummary("a", 1, 2, 2, 0, 0, 0, 20.0, 0, "passed", null, 0.3, 0.1, 1.2, 31.5),
            new ShardSummary(
                "b", 1, 1, 1, 0, 0, 0, 21.0, 0, "passed", null, null, null, null, null)),
        List.of(),
        steps);
  }

  @Test
  void stepTimesAndShardStartUpTimesReadBackEqual() throws IOException {
    Path file = dir.resolve("summary.json");
    RunSummary summary = summary(STEPS);

    SummaryJson.write(file, summary);

    assertThat(SummaryJson.read(file)).isEqualTo(summary);
  }

  @Test
  void stepsComeLastAndShardTimesAfterTheEarlierShardFields() throws IOException {
    Path file = dir.resolve("summary.json");

    SummaryJson.write(file, summary(STEPS));

    String json = Files.readString(file);
    assertThat(json.indexOf("\n  \"steps\": {")).isGreaterThan(json.indexOf("\n  \"flaky\": "));
    assertThat(json)
        .contains(
            "      \"lostReason\": null,\n"
                + "      \"containerStartSeconds\": 0.3,\n"
                + "      \"jvmStartSeconds\": 0.1,\n"
                + "      \"firstTestSeconds\": 1.2,\n"
                + "      \"cpuSeconds\": 31.5\n")
        .contains("\"discoveryCached\": true,\n")
        .contains("\"firstTestAfterBuildSeconds\": 2.0,\n")
        .endsWith("    \"totalSeconds\": 47.25,\n    \"testCpuSeconds\": 61.5\n  }\n}\n");
  }

  @Test
  void aSummaryWithoutStepTimesHasNoStepsField() throws IOException {
    Path file = dir.resolve("summary.json");

    SummaryJson.write(file, summary(null));

    assertThat(Files.readString(file)).doesNotContain("\"steps\"");
    assertThat(SummaryJson.read(file).steps()).isNull();
  }

  @Test
  void aFileFromBeforeStepTimesReadsWithoutThem() throws IOException {
    Path file = dir.resolve("summary.json");
    Files.writeString(
        file,
        """
        {"format": "testshard-summary/1", "project": "p", "runId": "r",
         "startedAt": "2026-01-15T10:02:03Z", "wallTimeSeconds": 1.5, "exitCode": 0,
         "outcome": "passed",
         "totals": {"tests": 1, "passed": 1, "failures": 0, "errors": 0, "skipped": 0,
                    "timeSeconds": 1},
         "shards": [{"id": "a", "classes": 1, "tests": 1, "passed": 1, "failures": 0,
                     "errors": 0, "skipped": 0, "durationSeconds": 1.2,
                     "containerExitCode": 0, "status": "passed", "lostReason": null}],
         "failures": []}
        """);

    RunSummary read = SummaryJson.read(file);

    assertThat(read.steps()).isNull();
    assertThat(read.shards().get(0).containerStartSeconds()).isNull();
    assertThat(read.shards().get(0).firstTestSeconds()).isNull();
  }
}
