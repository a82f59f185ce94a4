package dev.testshard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/summary-format.md stays true: its example is byte for byte what {@link SummaryJson} writes
 * for it, and its tables list exactly the fields of the records, in order. A field added to the
 * format must be documented before this test passes again.
 */
class SummaryFormatDocTest {

  private static final Path DOC = Path.of("..", "docs", "summary-format.md");

  @TempDir Path dir;

  @Test
  void theExampleIsWhatTestshardWritesAndItsCountsAgree() throws IOException {
    String example = between(Files.readString(DOC), "```json\n", "```\n");
    Path file = dir.resolve("summary.json");
    Files.writeString(file, example);

    RunSummary summary = SummaryJson.read(file);
    SummaryJson.write(file, summary);

    assertThat(Files.readString(file)).isEqualTo(example);
    assertThat(summary.format()).isEqualTo(RunSummary.FORMAT);
    SummaryTotals totals = summary.totals();
    assertThat(totals.passed() + totals.failures() + totals.errors() + totals.skipped())
        .isEqualTo(totals.tests());
    assertThat(summary.shards().stream().mapToInt(ShardSummary::tests).sum())
        .isEqualTo(totals.tests());
    assertThat(summary.failures()).hasSize(totals.failures() + totals.errors());
    assertThat(summary.flaky()).hasSize(totals.flaky());
  }

  @Test
  void theTablesListEveryFieldOfTheFormatInOrder() throws IOException {
    String doc = Files.readString(DOC);

    assertThat(fields(doc, "### Top level")).isEqualTo(components(RunSummary.class));
    assertThat(fields(doc, "### `totals`")).isEqualTo(components(SummaryTotals.class));
    assertThat(fields(doc, "### `shards[]`")).isEqualTo(components(ShardSummary.class));
    assertThat(fields(doc, "### `failures[]`")).isEqualTo(components(FailureSummary.class));
    assertThat(fields(doc, "### `flaky[]`")).isEqualTo(components(FlakySummary.class));
  }

  /** The backticked names in the first column of the first table after {@code heading}. */
  private static List<String> fields(String doc, String heading) {
    List<String> names = new ArrayList<>();
    boolean inTable = false;
    Pattern row = Pattern.compile("^\\| `([A-Za-z]+)` \\|");
    for (String line : doc.substring(doc.indexOf(heading)).lines().toList()) {
      if (line.startsWith("|")) {
        inTable = true;
        Matcher field = row.matcher(line);
        if (field.find()) {
          names.add(field.group(1));
        }
      } else if (inTable) {
        break;
      }
    }
    return names;
  }

  private static List<String> components(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }
}
