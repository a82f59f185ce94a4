package dev.testshard.runner.cli;

import static dev.testshard.runner.console.Shards.shard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.Problem;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import dev.testshard.report.Totals;
import dev.testshard.runner.console.Palette;
import dev.testshard.runner.console.Verbosity;
import dev.testshard.runner.results.ContainerExit;
import dev.testshard.runner.results.ShardResult;
import dev.testshard.runner.results.ShardStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerlessClassesTest {

  /** Testcontainers' reason when {@code @Testcontainers(disabledWithoutDocker = true)} applies. */
  private static final String DISABLED =
      "disabledWithoutDocker is true and Docker is not available";

  private static final String NO_ENGINE =
      "Could not find a valid Docker environment. Please see logs and check configuration";

  @Test
  void namesAClassThatTestcontainersDisabledForWantOfDocker() {
    List<ShardResult> results =
        List.of(result(suite("com.acme.RepoTest", skipped("saves", DISABLED))));

    assertThat(DockerlessClasses.of(results)).containsExactly("com.acme.RepoTest");
  }

  @Test
  void namesAClassThatFailedFindingNoDockerEnvironmentInItsMessageOrItsTrace() {
    List<ShardResult> results =
        List.of(
            result(
                suite("com.acme.B", error("", "Failed to start", "at x\nCaused by: " + NO_ENGINE))),
            result(
                suite(
                    "com.acme.A",
                    error(
                        "",
                        "Previous attempts to find a Docker environment failed. Will not retry.",
                        null))));

    assertThat(DockerlessClasses.of(results)).containsExactly("com.acme.A", "com.acme.B");
  }

  @Test
  void leavesOutOtherSkipsFailuresAndPassedTests() {
    List<ShardResult> results =
        List.of(
            result(
                suite("com.acme.Disabled", skipped("later", "not yet")),
                suite("com.acme.Failing", error("adds", "expected 2 but was 3", "at Cart")),
                suite("com.acme.Plain", TestCaseResult.passed("com.acme.Plain", "adds", 0.1)),
                // A skip that quotes the error text is not Testcontainers' own reason.
                suite("com.acme.Quoting", skipped("quotes", NO_ENGINE))));

    assertThat(DockerlessClasses.of(results)).isEmpty();
    assertThat(DockerlessClasses.warning(results)).isEmpty();
  }

  @Test
  void warnsInOneLineNamingEachClassOnceAndTheWayOut() {
    List<ShardResult> results =
        List.of(
            result(
                suite("com.acme.RepoTest", skipped("saves", DISABLED), skipped("loads", DISABLED))),
            result(suite("com.acme.CacheTest", error("", NO_ENGINE, null))));

    assertThat(DockerlessClasses.warning(results))
        .hasValue(
            "testshard: warning: 2 classes found no Docker engine and did not run:"
                + " com.acme.CacheTest, com.acme.RepoTest (give the tests the engine with"
                + " --docker-access, or move the service to services: in testshard.yaml)");
  }

  @Test
  void theSummaryEndsWithTheWarningEvenWhenQuiet() {
    List<ShardResult> results = List.of(result(suite("com.acme.RepoTest", skipped("s", DISABLED))));
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      new RunSummaryPrinter(out, Verbosity.QUIET, Palette.NONE)
          .print(results, Totals.ZERO, 1.0, Path.of("/work/app/target/testshard"));
    }

    assertThat(text.toString().strip())
        .endsWith(
            "1 class found no Docker engine and did not run: com.acme.RepoTest"
                + " (give the tests the engine with --docker-access, or move the service to"
                + " services: in testshard.yaml)");
  }

  static TestCaseResult skipped(String name, String reason) {
    return new TestCaseResult(
        "com.acme.X", name, 0, Outcome.SKIPPED, new Problem(reason, null, null), null, null);
  }

  static TestCaseResult error(String name, String message, String trace) {
    return new TestCaseResult(
        "com.acme.X",
        name,
        0,
        Outcome.ERROR,
        new Problem(message, "java.lang.IllegalStateException", trace),
        null,
        null);
  }

  static TestSuiteResult suite(String name, TestCaseResult... cases) {
    return new TestSuiteResult(name, "shard", null, 0, null, Map.of(), List.of(cases));
  }

  static ShardResult result(TestSuiteResult... suites) {
    return new ShardResult(
        shard("s", 1, 1),
        List.of(suites),
        ShardStatus.PASSED,
        null,
        ContainerExit.exited(0, false),
        1,
        List.of());
  }
}
