package dev.testshard.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code testshard merge --html}: no Docker, only files. */
class MergeHtmlTest {

  @TempDir Path dir;

  @Test
  void writesTheHtmlReportNextToTheMergedXmlWithATimelineFromTheShardProperties()
      throws IOException {
    Files.writeString(dir.resolve("TEST-job1.xml"), suite("a.ATest", "shard-1", "10:00:00", true));
    Files.writeString(dir.resolve("TEST-job2.xml"), suite("b.BTest", "shard-2", "10:00:05", false));
    Path output = dir.resolve("out").resolve("TEST-merged.xml");

    StringWriter out = new StringWriter();
    int code = run(out, "merge", "--html", "--output", output.toString(), dir.toString());

    assertThat(code).isEqualTo(1);
    Path page = output.resolveSibling("index.html");
    assertThat(out.toString()).contains("HTML report: " + page);
    JsonNode run = data(page, "ts-run");
    assertThat(run.get("merged").asBoolean()).isTrue();
    assertThat(run.get("subtitle").asText()).isEqualTo("merged from 2 JUnit XML files");
    assertThat(run.get("totals").get("tests").asInt()).isEqualTo(2);
    assertThat(run.get("timeline").get("approximate").asBoolean()).isTrue();
    assertThat(run.get("timeline").get("rows")).hasSize(2);
    JsonNode failure = data(page, "ts-failures").get(0);
    assertThat(failure.get("command").asText()).isEqualTo("testshard run --test 'a.ATest#t'");
  }

  @Test
  void plainJUnitXmlGetsAPageThatSaysItHasNoShardTimeline() throws IOException {
    Files.writeString(
        dir.resolve("TEST-plain.xml"),
        "<testsuite name=\"a.ATest\" tests=\"1\"><testcase classname=\"a.ATest\" name=\"ok\""
            + " time=\"0.1\"/></testsuite>");

    int code =
        run(
            new StringWriter(),
            "merge",
            "--html",
            "-o",
            dir.resolve("m.xml").toString(),
            dir.toString());

    assertThat(code).isZero();
    JsonNode run = data(dir.resolve("index.html"), "ts-run");
    assertThat(run.get("timeline").isNull()).isTrue();
    assertThat(run.get("timelineNote").asText())
        .contains("No shard timeline (merged from JUnit XML");
  }

  @Test
  void withoutTheFlagNoHtmlIsWritten() throws IOException {
    Files.writeString(dir.resolve("TEST-job1.xml"), suite("a.ATest", "shard-1", "10:00:00", false));

    run(new StringWriter(), "merge", "-o", dir.resolve("m.xml").toString(), dir.toString());

    assertThat(dir.resolve("index.html")).doesNotExist();
  }

  private static String suite(String name, String shard, String time, boolean failing) {
    String testCase =
        failing
            ? "<testcase classname=\""
                + name
                + "\" name=\"t\" time=\"2\"><failure message=\"no\"/>"
                + "</testcase>"
            : "<testcase classname=\"" + name + "\" name=\"t\" time=\"1\"/>";
    return "<testsuites><testsuite name=\""
        + name
        + "\" hostname=\""
        + shard
        + "\" timestamp=\"2026-01-15T"
        + time
        + "\" time=\"3\"><properties><property name=\"testshard.shard\" value=\""
        + shard
        + "\"/></properties>"
        + testCase
        + "</testsuite></testsuites>";
  }

  private static int run(StringWriter out, String... args) {
    try (PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(new StringWriter(), true)) {
      return Main.run(outWriter, errWriter, args);
    }
  }

  /** The JSON in {@code <script type="application/json" id="ID">} of a written page. */
  private static JsonNode data(Path page, String id) throws IOException {
    String html = Files.readString(page);
    Matcher matcher =
        Pattern.compile("<script type=\"application/json\" id=\"" + id + "\">(.*?)</script>")
            .matcher(html);
    assertThat(matcher.find()).as("data element " + id).isTrue();
    return new ObjectMapper().readTree(matcher.group(1));
  }
}
