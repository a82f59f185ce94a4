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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The HTML report of a real run with failures, errors and a flaky test ({@code examples/faults}:
 * its {@code flaky}, {@code unloadable}, {@code sandbox} and {@code secrets} packages, with {@code
 * --rerun-failing 2}), opened in headless Chromium through Selenium: the sections, the failures,
 * the timeline and the search work in a browser, and a screenshot is saved as a build artifact
 * ({@code target/screenshots/report.png}). Skipped when Chromium is not installed, except under
 * {@code CI=true}, where that is a failure.
 */
class HtmlReportIT {

  static final Path SCREENSHOT = Path.of("target", "screenshots", "report.png");
  private static final String INCLUDE =
      "com\\.example\\.faults\\.(flaky|unloadable|sandbox|secrets)\\..*";

  @TempDir static Path temp;
  private static Path page;
  private static JsonNode summary;
  private static ChromeDriver browser;

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
      browser.quit();
    }
  }

  @BeforeEach
  void openThePage() {
    browser.get(page.toUri().toString());
  }

  @Test
  void theSectionsComeInTheDocumentedOrder() {
    assertThat(strings("return [...document.querySelectorAll('section.card')].map(s => s.id)"))
        .containsExactly("overview", "failures", "flaky", "timeline", "slowest", "tests");
  }

  @Test
  void theFailuresSectionListsEveryFailedTestWithACommandThatReRunsIt() {
    assertThat(texts("#failures .failure-name"))
        .containsExactlyInAnyOrder(
            "AlwaysFailsTest › alwaysFails",
            "UnloadableTest › firstNeverRuns",
            "UnloadableTest › secondNeverRuns");
    assertThat(texts("#failures .failure-name")).hasSize(summary.get("failures").size());
    assertThat(texts("#failures .command code"))
        .as("re-runs each failed test, to be run in the project: no path of the machine")
        .contains("testshard run --test 'com.example.faults.flaky.AlwaysFailsTest#alwaysFails'")
        .noneMatch(command -> command.contains("--project") || command.contains("/"));
    assertThat(texts("#flaky .failure-name"))
        .containsExactly("FlakyTest › failsOnFirstAttemptOnly");
  }

  @Test
  void theTimelineHasOneRowPerShard() {
    List<String> shards = new ArrayList<>();
    summary.get("shards").forEach(shard -> shards.add(shard.get("id").asText()));
    List<String> rows =
        strings(
            "return [...document.querySelectorAll('#timeline svg g.shard-row')]"
                + ".map(g => g.getAttribute('data-shard'))");

    assertThat(rows).containsExactlyElementsOf(shards);
    assertThat(shards).hasSize(4);
  }

  @Test
  void typingIntoTheSearchBoxFiltersTheDrillDown() {
    assertThat(texts("#tests .row.pkg")).hasSize(4);
    assertThat(texts("#tests .row.test")).isEmpty();

    type("#tests input.search", "alwaysfails");
    List<String> matches = await("#tests .row.test", 1);
    assertThat(matches.get(0)).contains("alwaysFails");

    type("#tests input.search", "SandboxTest");
    assertThat(await("#tests .row.test", 4)).hasSize(4);

    type("#tests input.search", "no such test anywhere");
    await("#tests .row.test", 0);
    assertThat(texts("#tests .status-line")).containsExactly("No test matches.");
  }

  @Test
  void theFailedFilterShowsOnlyTheFailedTests() {
    browser.findElement(By.cssSelector("#tests .chip[data-filter=failed]")).click();

    assertThat(await("#tests .row.test", 3))
        .allMatch(row -> row.contains("FAILED") || row.contains("ERROR"));
  }

  @Test
  void savesAScreenshotOfTheTopOfTheReportDownToTheTimeline() throws Exception {
    long bottom =
        number(
            "return Math.ceil(document.getElementById('timeline').getBoundingClientRect()"
                + ".bottom + window.scrollY + 20)");
    long chrome = number("return window.outerHeight - window.innerHeight");
    resize(1280, (int) (Math.max(1000, Math.min(2400, bottom)) + chrome));
    browser.get(page.toUri().toString());

    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
    Files.createDirectories(SCREENSHOT.getParent());
    Files.write(SCREENSHOT, png);

    assertThat(Arrays.copyOf(png, 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    assertThat(png.length).isGreaterThan(20_000);
    resize(1280, 1000);
  }

  private static List<String> strings(String script) {
    return ((List<?>) browser.executeScript(script)).stream().map(String::valueOf).toList();
  }

  private static long number(String script) {
    return ((Number) browser.executeScript(script)).longValue();
  }

  private static List<String> texts(String selector) {
    return Browser.texts(browser, selector);
  }

  /** Types into the first element matching a CSS selector, as a user would. */
  private static void type(String selector, String text) {
    WebElement input = browser.findElement(By.cssSelector(selector));
    input.clear();
    input.sendKeys(text);
  }

  private static void resize(int width, int height) {
    browser.manage().window().setSize(new Dimension(width, height));
  }

  /** Polls until the list has the expected size (the search waits for typing to pause). */
  private static List<String> await(String selector, int size) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(5))
          .pollingEvery(Duration.ofMillis(50))
          .until(driver -> Browser.texts(driver, selector).size() == size);
    } catch (TimeoutException e) {
      // the assertion below says what was there instead
    }
    List<String> current = texts(selector);
    assertThat(current).hasSize(size);
    return current;
  }
}
