package dev.testshard.report.html;

import static dev.testshard.report.html.Cases.error;
import static dev.testshard.report.html.Cases.failed;
import static dev.testshard.report.html.Cases.flaky;
import static dev.testshard.report.html.Cases.lost;
import static dev.testshard.report.html.Cases.passed;
import static dev.testshard.report.html.Cases.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.testshard.report.TestSuiteResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

  @TempDir Path dir;

  private Page write(RunOverview overview, TestSuiteResult... suites) throws IOException {
    Path target = dir.resolve("index.html");
    try (HtmlReportWriter html =
        HtmlReportWriter.open(target, Cases.RERUN, "shards/{shard}/output.log")) {
      for (TestSuiteResult suite : suites) {
        html.write(suite);
      }
      html.finish(overview);
    }
    return Page.read(target);
  }

  private Page write(TestSuiteResult... suites) throws IOException {
    return write(Cases.run(List.of(), List.of()), suites);
  }

  @Test
  void writesOneSelfContainedPageThatLoadsNothingFromElsewhere() throws IOException {
    Page page = write(suite("com.acme.CartTest", "s1", passed("com.acme.CartTest", "adds()", 1)));

    assertThat(page.html()).startsWith("<!DOCTYPE html>").contains("<title>shop · testshard");
    String withoutSvgNamespace = page.html().replace("http://www.w3.org/2000/svg", "");
    assertThat(withoutSvgNamespace)
        .doesNotContain(" src=")
        .doesNotContain("<link")
        .doesNotContain("@import")
        .doesNotContain("fetch(")
        .doesNotContain("XMLHttpRequest")
        .doesNotContain("http://")
        .doesNotContain("https://")
        .doesNotContain("{{");
    assertThat(page.count("<script")).isEqualTo(5);
    assertThat(page.count("</script")).isEqualTo(5);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(dir.resolve("index.html"));
    }
  }

  @Test
  void outputThatClosesTheScriptElementStaysDataAndReadsBackUnchanged() throws IOException {
    String evil = "</script><script>alert(1)</script><!-- \u2028 & </SCRIPT >";
    Page page =
        write(
            suite(
                "com.acme.XssTest",
                "s1",
                failed("com.acme.XssTest", "injects()", "message " + evil, "out " + evil)));

    assertThat(page.count("</script")).isEqualTo(5);
    assertThat(page.count("<!--")).isZero();
    JsonNode failure = page.data("ts-failures").get(0);
    assertThat(failure.get("message").asText()).isEqualTo("message " + evil);
    assertThat(failure.get("out").asText()).isEqualTo("out " + evil);
  }

  @Test
  void aTitleWithMarkupIsEscaped() throws IOException {
    RunOverview overview =
        new RunOverview("<b>shop</b>", null, Cases.START, null, null, List.of(), List.of());

    Page page = write(overview, suite("a.BTest", null, passed("a.BTest", "x()", 0)));

    assertThat(page.html()).contains("&lt;b&gt;shop&lt;/b&gt;").doesNotContain("<b>shop");
  }

  @Test
  void failuresAreListedInReportOrderAndLostWorkIsGroupedByShardAndCauseAfterThem()
      throws IOException {
    Page page =
        write(
            suite(
                "com.acme.ATest",
                "s1",
                passed("com.acme.ATest", "ok()", 0.1),
                error("com.acme.ATest", "explodes()"),
                flaky("com.acme.ATest", "wobbles()")),
            suite(
                "com.acme.BTest",
                "s2",
                lost("com.acme.BTest", "one()", "the JVM exited"),
                lost("com.acme.BTest", "two()", "the JVM exited")),
            suite(
                "com.acme.CTest",
                "s3",
                failed("com.acme.CTest$Inner", "fails()", "expected 2 but was 3", null)));

    JsonNode failures = page.data("ts-failures");
    assertThat(failures).hasSize(2);
    assertThat(failures.get(0).get("name").asText()).isEqualTo("explodes()");
    assertThat(failures.get(0).get("status").asText()).isEqualTo("e");
    assertThat(failures.get(1).get("name").asText()).isEqualTo("Inner › fails()");
    assertThat(failures.get(1).get("status").asText()).isEqualTo("f");
    assertThat(failures.get(1).get("shard").asText()).isEqualTo("s3");
    assertThat(failures.get(1).get("command").asText())
        .isEqualTo("testshard run --project /src/shop --test com.acme.CTest");
    JsonNode lostGroups = page.run().get("lost");
    assertThat(lostGroups).hasSize(1);
    assertThat(lostGroups.get(0).get("count").asInt()).isEqualTo(2);
    assertThat(lostGroups.get(0).get("message").asText()).isEqualTo("the JVM exited");
    assertThat(page.data("ts-flaky").get(0).get("failures").get(0).get("message").asText())
        .isEqualTo("failed on attempt 1");
    JsonNode totals = page.run().get("totals");
    assertThat(totals.get("tests").asInt()).isEqualTo(6);
    assertThat(totals.get("passed").asInt()).isEqualTo(2);
    assertThat(totals.get("errors").asInt()).isEqualTo(3);
    assertThat(totals.get("lost").asInt()).isEqualTo(2);
    assertThat(totals.get("flaky").asInt()).isEqualTo(1);
    assertThat(page.html().indexOf("id=\"ts-failures\""))
        .isLessThan(page.html().indexOf("id=\"ts-flaky\""));
  }

  @Test
  void theDrillDownDataHoldsEveryTestWithItsStatusAndALinkToItsFailure() throws IOException {
    Page page =
        write(
            suite(
                "com.acme.ATest",
                "s1",
                passed("com.acme.ATest", "ok()", 0.125),
                failed("com.acme.ATest", "bad()", "no", null)));

    JsonNode suite = page.data("ts-tests").get(0);
    assertThat(suite.get(0).asText()).isEqualTo("com.acme.ATest");
    assertThat(suite.get(1).asText()).isEqualTo("s1");
    assertThat(suite.get(4).get(0).toString()).isEqualTo("[\"ok()\",\"p\",0.125]");
    assertThat(suite.get(4).get(1).toString()).isEqualTo("[\"bad()\",\"f\",0.5,0]");
  }

  @Test
  void capturedOutputAndTracesAreCappedPerTest() throws IOException {
    String huge = "x".repeat(10_000_000);
    Page page = write(suite("a.BigTest", "s1", failed("a.BigTest", "prints()", "m", huge)));

    JsonNode failure = page.data("ts-failures").get(0);
    assertThat(failure.get("out").asText())
        .hasSizeLessThan(EntryJson.MAX_OUTPUT_CHARS + 200)
        .contains("characters omitted; full output: shards/s1/output.log");
    assertThat(page.html().length()).isLessThan(200_000);
  }

  @Test
  void closingWithoutFinishingLeavesNoFiles() throws IOException {
    try (HtmlReportWriter html =
        HtmlReportWriter.open(dir.resolve("index.html"), Cases.RERUN, null)) {
      html.write(suite("a.BTest", null, passed("a.BTest", "x()", 0)));
    }

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aFinishedWriterTakesNoMoreSuites() throws IOException {
    try (HtmlReportWriter html =
        HtmlReportWriter.open(dir.resolve("index.html"), Cases.RERUN, null)) {
      html.finish(Cases.run(List.of(), List.of()));

      assertThatThrownBy(() -> html.write(suite("a.BTest", null)))
          .isInstanceOf(IllegalStateException.class);
    }
  }
}
