package dev.testshard.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.testshard.report.RunTimings;
import dev.testshard.report.TestCaseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 test cases, 1% of them failing with 100 KB of output each: the page is written in one
 * streaming pass and its size is bounded by the per-test caps, not by what the tests printed. Size
 * and time are printed, not asserted on time (the machine is shared).
 */
class HtmlReportScaleTest {

  private static final int CLASSES = 2_000;
  private static final int TESTS_PER_CLASS = 50;
  private static final int SHARDS = 16;

  @TempDir Path dir;

  @Test
  void aHundredThousandCasesMakeAPageOfBoundedSize() throws IOException {
    String output = "some output line\n".repeat(6_000); // ~100 KB per failing test
    Path target = dir.resolve("index.html");
    List<RunTimings.ShardTiming> timings = new ArrayList<>();
    for (int s = 0; s < SHARDS; s++) {
      timings.add(Cases.timing("shard-" + s, 0, 600));
    }
    long start = System.nanoTime();
    try (HtmlReportWriter html = HtmlReportWriter.open(target, Cases.RERUN, null)) {
      for (int c = 0; c < CLASSES; c++) {
        String className = "com.acme.p" + (c % 100) + ".Generated" + c + "Test";
        List<TestCaseResult> cases = new ArrayList<>(TESTS_PER_CLASS);
        for (int t = 0; t < TESTS_PER_CLASS; t++) {
          String name = "test" + t + "()";
          if (t == 7 && c % 2 == 0) {
            cases.add(Cases.failed(className, name, "expected " + t, output));
          } else if (t == 3 && c % 10 == 0) {
            cases.add(Cases.flaky(className, name));
          } else {
            cases.add(Cases.passed(className, name, 0.01 * t));
          }
        }
        html.write(
            Cases.suite(
                className,
                "shard-" + (c % SHARDS),
                Cases.START.plusMillis(c * 4_000L / SHARDS),
                4.0,
                cases.toArray(TestCaseResult[]::new)));
      }
      html.finish(Cases.run(List.of(), timings));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long size = Files.size(target);
    System.out.printf(
        Locale.ROOT,
        "HTML report of %,d tests (%,d failing with %,d chars of output each): %.1f MB in %.2f s%n",
        CLASSES * TESTS_PER_CLASS,
        CLASSES / 2,
        output.length(),
        size / 1e6,
        seconds);

    long detailed = EntryJson.DETAILED * 2L;
    long perDetail =
        EntryJson.MAX_TRACE_CHARS + 2L * EntryJson.MAX_OUTPUT_CHARS + EntryJson.MAX_MESSAGE_CHARS;
    long bound = detailed * (perDetail + 1_000) + CLASSES * TESTS_PER_CLASS * 60L + 2_000_000;
    assertThat(size).isLessThan(bound).isLessThan(40_000_000);
    Page page = Page.read(target);
    JsonNode totals = page.run().get("totals");
    assertThat(totals.get("tests").asInt()).isEqualTo(CLASSES * TESTS_PER_CLASS);
    assertThat(totals.get("failed").asInt()).isEqualTo(CLASSES / 2);
    assertThat(page.data("ts-failures")).hasSize(CLASSES / 2);
    assertThat(page.run().get("timeline").get("rows")).hasSize(SHARDS);
    assertThat(page.run().get("slowestTests")).hasSize(SuiteDigest.SLOWEST);
  }
}
