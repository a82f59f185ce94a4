package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of a real run with failures, errors and a flaky test ({@code examples/faults}:
 * its {@code flaky}, {@code unloadable}, {@code sandbox} and {@code secrets} packages, with {@code
 * --rerun-failing 2}), opened in headless Chromium: the sections, the failures, the timeline and
 * the search work in a browser, and a screenshot is saved as a build artifact ({@code
 * target/screenshots/report.png}). Skipped when Chromium is not installed, except under {@code
 * CI=true}, where that is a failure.
 */
class HtmlReportIT {

  static final Path SCREENSHOT = Path.of("target", "screenshots", "report.png");
  private static final String INCLUDE =
      "com\\.example\\.faults\\.(flaky|unloadable|sandbox|secrets)\\..*";

  @TempDir static Path temp;
  private static Path page;
  private static JsonNode summary;
  private static Browser browser;

  @BeforeAll
  static void runTheFaultsExampleAndOpenItsReport() throws Exception {
    if (!Browser.installed()) {
      if ("true".equals(System.getenv("CI"))) {
        fail(
            "chromium and chromedriver are missing under CI=true; bin/ensure-chromium installs them");
      }
      Assumptions.abort(
          "skipped: Debian's chromium and chromium-driver are not installed (bin/ensure-chromium)");
    }
    Path project = Examples.copy("faults", temp.resolve("faults"));
    Path reportDir = temp.resolve("report");
    Cli.Result result =
        Cli.run(
            "run",
            "--project",
            project.toString(),
            "--include",
            INCLUDE,
            "--rerun-failing",
            "2",
            "--shard-by",
            "package",
            "--parallel",
            "2",
            "--report-dir",
            reportDir.toString());
    assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
    page = reportDir.resolve("index.html");
    summary = new ObjectMapper().readTree(reportDir.resolve("summary.json").toFile());
    browser = Browser.start(1280, 1000);
  }

  @AfterAll
  static void closeTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void openThePage() throws Exception {
    browser.open(page);
  }

  @Test
  void theSectionsComeInTheDocumentedOrder() throws Exception {
    assertThat(
            browser.script("return [...document.querySelectorAll('section.card')].map(s => s.id)"))
        .extracting(JsonNode::asText)
        .containsExactly("overview", "failures", "flaky", "timeline", "slowest", "tests");
  }

  @Test
  void theFailuresSectionListsEveryFailedTestWithACommandThatReRunsItsClass() throws Exception {
    assertThat(browser.texts("#failures .failure-name"))
        .containsExactlyInAnyOrder(
            "AlwaysFailsTest › alwaysFails",
            "UnloadableTest › firstNeverRuns",
            "UnloadableTest › secondNeverRuns");
    assertThat(browser.texts("#failures .failure-name")).hasSize(summary.get("failures").size());
    assertThat(browser.texts("#failures .command code"))
        .anyMatch(
            command ->
                command.startsWith("testshard run --project ")
                    && command.endsWith(
                        "--include 'com\\.example\\.faults\\.flaky\\.AlwaysFailsTest'"));
    assertThat(browser.texts("#flaky .failure-name"))
        .containsExactly("FlakyTest › failsOnFirstAttemptOnly");
  }

  @Test
  void theTimelineHasOneRowPerShard() throws Exception {
    List<String> shards = new ArrayList<>();
    summary.get("shards").forEach(shard -> shards.add(shard.get("id").asText()));
    JsonNode rows =
        browser.script(
            "return [...document.querySelectorAll('#timeline svg g.shard-row')]"
                + ".map(g => g.getAttribute('data-shard'))");

    assertThat(rows).extracting(JsonNode::asText).containsExactlyElementsOf(shards);
    assertThat(shards).hasSize(4);
  }

  @Test
  void typingIntoTheSearchBoxFiltersTheDrillDown() throws Exception {
    assertThat(browser.texts("#tests .row.pkg")).hasSize(4);
    assertThat(browser.texts("#tests .row.test")).isEmpty();

    browser.type("#tests input.search", "alwaysfails");
    List<String> matches = await(() -> browser.texts("#tests .row.test"), 1);
    assertThat(matches.get(0)).contains("alwaysFails");

    browser.type("#tests input.search", "SandboxTest");
    assertThat(await(() -> browser.texts("#tests .row.test"), 4)).hasSize(4);

    browser.type("#tests input.search", "no such test anywhere");
    await(() -> browser.texts("#tests .row.test"), 0);
    assertThat(browser.texts("#tests .status-line")).containsExactly("No test matches.");
  }

  @Test
  void theFailedFilterShowsOnlyTheFailedTests() throws Exception {
    browser.click("#tests .chip[data-filter=failed]");

    assertThat(await(() -> browser.texts("#tests .row.test"), 3))
        .allMatch(row -> row.contains("FAILED") || row.contains("ERROR"));
  }

  @Test
  void savesAScreenshotOfTheTopOfTheReportDownToTheTimeline() throws Exception {
    int bottom =
        browser
            .script(
                "return Math.ceil(document.getElementById('timeline').getBoundingClientRect()"
                    + ".bottom + window.scrollY + 20)")
            .asInt();
    int chrome = browser.script("return window.outerHeight - window.innerHeight").asInt();
    browser.resize(1280, Math.max(1000, Math.min(2400, bottom)) + chrome);
    browser.open(page);

    byte[] png = browser.screenshot();
    Files.createDirectories(SCREENSHOT.getParent());
    Files.write(SCREENSHOT, png);

    assertThat(Arrays.copyOf(png, 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    assertThat(png.length).isGreaterThan(20_000);
    browser.resize(1280, 1000);
  }

  /** Polls until the list has the expected size (the search waits for typing to pause). */
  private static List<String> await(Callable<List<String>> list, int size) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    List<String> current = list.call();
    while (current.size() != size && System.nanoTime() < deadline) {
      Thread.sleep(50);
      current = list.call();
    }
    assertThat(current).hasSize(size);
    return current;
  }
}
