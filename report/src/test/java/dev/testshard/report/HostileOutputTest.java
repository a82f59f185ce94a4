package dev.testshard.report;

import static dev.testshard.report.TestData.REPORT_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test that prints ANSI colours, control characters that XML 1.0 forbids, CDATA terminators and
 * 10 MB of text, in every place a report carries text: the report stays well-formed, valid against
 * Surefire's schemas and bounded by {@link ReportLimits}, and keeps the head and tail of the text.
 */
class HostileOutputTest {

  private static final String HEAD =
      "\u001B[1;31mred\u001B[0m nul:\u0000 bs:\u0008 ]]> <![CDATA[ ]]> &amp; esc:\u001B\n";
  private static final String TAIL = "last line ]]>\u001B[0m\n";

  @TempDir Path dir;

  @Test
  void tenMegabytesOfHostileOutputGiveAValidAndBoundedReport() throws Exception {
    String text = hostile(10 * 1024 * 1024);
    Problem problem = new Problem(text, "java.lang.IllegalStateException", text);
    TestCaseResult noisy =
        new TestCaseResult("a.NoisyTest", "prints()", 2, Outcome.FAILED, problem, text, text)
            .withReruns(List.of(new Attempt(Outcome.ERROR, problem, 1, text, text)));
    Path report = dir.resolve("TEST-testshard.xml");
    try (MergedReportWriter writer =
        MergedReportWriter.open(report, "acme", REPORT_TIME, ReportLimits.DEFAULTS)) {
      writer.write(
          new TestSuiteResult("a.NoisyTest", "shard-01", null, 3, null, Map.of(), List.of(noisy)));
      writer.finish();
    }

    // Seven places with 10 MB each; the report keeps 64 KiB of each, plus markup.
    assertThat(Files.size(report)).isLessThan(8 * 70_000);
    assertThat(SurefireSchemas.errors(SurefireSchemas.V3_0, report)).isEmpty();
    assertThat(SurefireSchemas.errors(SurefireSchemas.V3_0_2, report)).isEmpty();
    String raw = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(raw)
        .doesNotContain("\u001B")
        .doesNotContain("\u0000")
        .doesNotContain("\u0008")
        .doesNotContain("CDATA[ ]]>")
        .contains("]]&gt;");

    List<TestCaseResult> read = new ArrayList<>();
    JUnitXmlReader.read(report, suite -> read.addAll(suite.testCases()));
    TestCaseResult back = read.get(0);
    String cleanHead = "red nul:\uFFFD bs:\uFFFD ]]> <![CDATA[ ]]> &amp; esc:\n";
    String pointer = "characters omitted; full output: shards/shard-01/output.log] ...";
    for (String written :
        List.of(
            back.systemOut(),
            back.systemErr(),
            back.problem().stackTrace(),
            back.reruns().get(0).systemOut(),
            back.reruns().get(0).systemErr(),
            back.reruns().get(0).problem().stackTrace())) {
      assertThat(written).startsWith(cleanHead).endsWith("last line ]]>\n").contains(pointer);
      assertThat(written.length())
          .isLessThanOrEqualTo(ReportLimits.DEFAULTS.maxOutputCharsPerTest() + 200);
    }
    assertThat(back.problem().message()).startsWith("red nul:\uFFFD").contains(pointer);
  }

  /** About {@code size} characters: the hostile head, numbered plain lines, the hostile tail. */
  private static String hostile(int size) {
    StringBuilder text = new StringBuilder(size + 100).append(HEAD);
    for (int line = 0; text.length() < size; line++) {
      text.append("line ").append(line).append(" of the output of a very chatty test\n");
    }
    return text.append(TAIL).toString();
  }
}
