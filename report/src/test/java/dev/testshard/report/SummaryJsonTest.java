package dev.testshard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryJsonTest {

  @TempDir Path dir;

  private final RunSummary summary =
      new RunSummary(
          RunSummary.FORMAT,
          "acme-shop",
          "20260115-100203-ab12",
          Instant.parse("2026-01-15T10:02:03.250Z"),
          95.5,
          4,
          "infrastructure-failure",
          SummaryTotals.of(new Totals(12, 2, 1, 1, 80.25), 1),
          List.of(
              new ShardSummary("shard-01", 3, 8, 6, 1, 0, 1, 40.5, 1, "failed", null),
              new ShardSummary(
                  "shard-02",
                  2,
                  4,
                  2,
                  1,
                  1,
                  0,
                  60.0,
                  null,
                  "lost",
                  "container timed out after 600 s")),
          List.of(
              FailureSummary.of(
                  TestData.failed("com.acme.CartTest", "refund()", "expected 2 but was 3"),
                  "shard-01"),
              FailureSummary.of(
                  TestData.error("com.acme.PayTest$Nested", "charges()"), "shard-02")),
          List.of(FlakySummary.of(TestData.flaky("com.acme.StockTest", "reserves()"), "shard-01")),
          null);

  @Test
  void writesASummaryThatReadsBackEqual() throws IOException {
    Path file = dir.resolve("summary.json");

    SummaryJson.write(file, summary);

    assertThat(SummaryJson.read(file)).isEqualTo(summary);
  }

  @Test
  void writesFieldsInAStableOrderWithTheFormatFirstAndInstantsAsUtcStrings() throws IOException {
    Path file = dir.resolve("summary.json");

    SummaryJson.write(file, summary);

    String json = Files.readString(file);
    assertThat(json)
        .startsWith("{\n  \"format\": \"testshard-summary/1\",\n  \"project\": \"acme-shop\",\n")
        .contains("\"startedAt\": \"2026-01-15T10:02:03.250Z\"")
        .contains("\"totals\": {\n    \"tests\": 12,\n    \"passed\": 8,\n")
        .contains("\"containerExitCode\": null")
        .contains("\"lostReason\": \"container timed out after 600 s\"")
        .endsWith("}\n");
    assertThat(
            Stream.of(
                    "format",
                    "project",
                    "runId",
                    "startedAt",
                    "wallTimeSeconds",
                    "exitCode",
                    "outcome",
                    "totals",
                    "shards",
                    "failures",
                    "flaky")
                .map(field -> json.indexOf("\n  \"" + field + "\": "))
                .toList())
        .doesNotContain(-1)
        .isSorted();
    assertThat(json)
        .contains(
            "\"failures\": [\n"
                + "    {\n"
                + "      \"className\": \"com.acme.CartTest\",\n"
                + "      \"name\": \"refund()\",\n"
                + "      \"shard\": \"shard-01\",\n"
                + "      \"outcome\": \"failed\",\n"
                + "      \"message\": \"expected 2 but was 3\"\n"
                + "    },\n");
    assertThat(json)
        .contains(
            "\"totals\": {\n"
                + "    \"tests\": 12,\n"
                + "    \"passed\": 8,\n"
                + "    \"failures\": 2,\n"
                + "    \"errors\": 1,\n"
                + "    \"skipped\": 1,\n"
                + "    \"timeSeconds\": 80.25,\n"
                + "    \"flaky\": 1\n"
                + "  },\n")
        .endsWith(
            "  \"flaky\": [\n"
                + "    {\n"
                + "      \"className\": \"com.acme.StockTest\",\n"
                + "      \"name\": \"reserves()\",\n"
                + "      \"shard\": \"shard-01\",\n"
                + "      \"attempts\": 3\n"
                + "    }\n"
                + "  ]\n"
                + "}\n");
  }

  @Test
  void aSummaryWithoutShardsFailuresOrFlakyTestsHasEmptyListsAndAZeroFlakyCount() {
    RunSummary empty =
        TestData.summary("passed", SummaryTotals.of(new Totals(1, 0, 0, 0, 1)), null, null, null);

    assertThat(empty.format()).isEqualTo(RunSummary.FORMAT);
    assertThat(empty.shards()).isEmpty();
    assertThat(empty.failures()).isEmpty();
    assertThat(empty.flaky()).isEmpty();
    assertThat(empty.totals()).isEqualTo(new SummaryTotals(1, 1, 0, 0, 0, 1, 0));
    assertThat(empty.steps()).isNull();
  }

  @Test
  void replacesAnEarlierSummaryAndLeavesNoTemporaryFiles() throws IOException {
    Path file = dir.resolve("summary.json");
    Files.writeString(file, "old");

    SummaryJson.write(file, summary);

    assertThat(SummaryJson.read(file)).isEqualTo(summary);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void readingIgnoresFieldsAddedByLaterVersions() throws IOException {
    Path file = dir.resolve("summary.json");
    Files.writeString(
        file,
        """
        {"format": "testshard-summary/1", "project": "p", "runId": "r",
         "startedAt": "2026-01-15T10:02:03Z", "wallTimeSeconds": 1.5, "exitCode": 3,
         "outcome": "no-tests", "newField": [1, 2],
         "totals": {"tests": 0, "passed": 0, "failures": 0, "errors": 0, "skipped": 0,
                    "timeSeconds": 0},
         "shards": [], "failures": []}
        """);

    RunSummary read = SummaryJson.read(file);

    assertThat(read.outcome()).isEqualTo("no-tests");
    assertThat(read.startedAt()).isEqualTo(Instant.parse("2026-01-15T10:02:03Z"));
    assertThat(read.shards()).isEmpty();
    assertThat(read.flaky()).as("a file from before flaky tests were reported").isEmpty();
    assertThat(read.totals().flaky()).isZero();
  }

  @Test
  void rejectsOutcomesOutsideTheFormat() {
    assertThatThrownBy(
            () -> TestData.summary("green", SummaryTotals.of(Totals.ZERO), null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("green");
    assertThatThrownBy(() -> new ShardSummary("s", 0, 0, 0, 0, 0, 0, 0, null, "ok", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FailureSummary.of(TestData.passed("a.A", "t"), "s"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FlakySummary.of(TestData.passed("a.A", "t"), "s"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SummaryTotals.of(new Totals(2, 1, 0, 0, 1), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("passed (1)");
  }
}
