package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/failing (four classes, each with a failed test) with {@code --fail-fast}: the run stops
 * starting work after the first failure, what never ran is in the report as skipped with the
 * reason, and the exit code is 1. Then {@code --only-failed} runs just the recorded failures.
 */
class FailFastIT {

  private static final String REASON = "not run: --fail-fast stopped the run after 1 failed test";

  @TempDir Path temp;

  @Test
  void aFixedPlanStartsNoShardAfterTheFirstFailure() throws Exception {
    Path project = Examples.copy("failing", temp.resolve("fixed"));

    Cli.Result result = runOneAtATime(project, "--shard-by", "class", "--fail-fast");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
    RunReport report = new RunReport(project.resolve("target/testshard"));
    assertThat(report.suites).hasSize(4);
    assertThat(ran(report)).hasSize(1);
    assertThat(skippedByFailFast(report)).hasSize(3);
    assertThat(result.out()).contains("--fail-fast: 1 failed test(s)");
  }

  @Test
  void dynamicWorkersTakeNoClassAfterTheFirstFailure() throws Exception {
    Path project = Examples.copy("failing", temp.resolve("dynamic"));

    Cli.Result result = runOneAtATime(project, "--fail-fast");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
    RunReport report = new RunReport(project.resolve("target/testshard"));
    assertThat(report.suites).hasSize(4);
    // The first class fails; at most one more was already waiting in the worker's container.
    assertThat(ran(report)).hasSizeBetween(1, 2);
    assertThat(skippedByFailFast(report)).hasSize(4 - ran(report).size());
  }

  /**
   * Surefire's skipAfterFailureCount, where its provider stops after it (the junit-platform
   * provider of Surefire 3.5.4 on JUnit 6): the run stops as with {@code --fail-fast}, and says
   * which setting stopped it. On JUnit 5, where Surefire 3.5.4 runs every test all the same, so
   * does testshard.
   */
  @Test
  void surefiresSkipAfterFailureCountStopsTheRunWhereSurefireWould() throws Exception {
    Path project = Examples.copy("failing", temp.resolve("skip-after"));

    Cli.Result result =
        runOneAtATime(
            project,
            "--maven-arg=-Djunit.version=6.0.1",
            "--maven-arg=-Dsurefire.skipAfterFailureCount=1");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
    assertThat(result.err()).contains("skipAfterFailureCount=1: after 1 failed test(s) of the run");
    RunReport report = new RunReport(project.resolve("target/testshard"));
    assertThat(report.suites).hasSize(4);
    String reason =
        "not run: skipAfterFailureCount=1 (module skip-after) stopped the run after 1 failed test";
    List<TestSuiteResult> skipped =
        report.suites.stream().filter(suite -> allSkipped(suite, reason)).toList();
    assertThat(skipped).hasSizeBetween(2, 3);

    Cli.Result junit5 = runOneAtATime(project, "--maven-arg=-Dsurefire.skipAfterFailureCount=1");

    assertThat(junit5.exitCode()).as(junit5.err()).isEqualTo(1);
    assertThat(junit5.err()).doesNotContain("skipAfterFailureCount");
    assertThat(new RunReport(project.resolve("target/testshard")).suites)
        .noneSatisfy(suite -> assertThat(allSkipped(suite, reason)).isTrue());
  }

  @Test
  void onlyFailedRunsTheLastRunsFailuresAndThenNothing() throws Exception {
    Path project = Examples.copy("failing", temp.resolve("only-failed"));
    Cli.Result full = Cli.run("run", "--project", project.toString(), "--parallel", "2");
    assertThat(full.exitCode()).as(full.err()).isEqualTo(1);

    Cli.Result again =
        Cli.run("run", "--project", project.toString(), "--parallel", "2", "--only-failed");

    assertThat(again.exitCode()).as(again.err()).isEqualTo(1);
    Set<String> tests = new TreeSet<>();
    for (TestSuiteResult suite : new RunReport(project.resolve("target/testshard")).suites) {
      suite.testCases().forEach(c -> tests.add(c.className() + "#" + c.name() + " " + c.outcome()));
    }
    assertThat(tests)
        .containsExactly(
            "com.example.failing.cart.CartTotalTest#cartTotalIsWrong FAILED",
            "com.example.failing.cart.ExplodingTest#throwsUncheckedException ERROR",
            "com.example.failing.output.OutputTest#printsThenFails FAILED",
            "com.example.failing.setup.BrokenSetupTest# ERROR");
  }

  @Test
  void onlyFailedWithoutAnEarlierRunSaysSoInOneLine() throws Exception {
    Path project = Examples.copy("failing", temp.resolve("no-record"));

    Cli.Result result = Cli.run("run", "--project", project.toString(), "--only-failed");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .startsWith("testshard: --only-failed: no earlier run recorded its failed tests in ");
  }

  /** {@code testshard run} on {@code project} with one container at a time, and {@code more}. */
  private static Cli.Result runOneAtATime(Path project, String... more) {
    List<String> args =
        new ArrayList<>(List.of("run", "--project", project.toString(), "--parallel", "1"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private static List<TestSuiteResult> ran(RunReport report) {
    return report.suites.stream().filter(s -> !allSkippedByFailFast(s)).toList();
  }

  private static List<TestSuiteResult> skippedByFailFast(RunReport report) {
    return report.suites.stream().filter(FailFastIT::allSkippedByFailFast).toList();
  }

  private static boolean allSkippedByFailFast(TestSuiteResult suite) {
    return allSkipped(suite, REASON);
  }

  private static boolean allSkipped(TestSuiteResult suite, String reason) {
    for (TestCaseResult test : suite.testCases()) {
      if (test.outcome() != Outcome.SKIPPED || !reason.equals(test.problem().message())) {
        return false;
      }
    }
    return true;
  }
}
