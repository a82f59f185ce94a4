package dev.testshard.runner.cli;

import static dev.testshard.runner.console.Shards.shard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Attempt;
import dev.testshard.report.Outcome;
import dev.testshard.report.Problem;
import dev.testshard.report.RunTimings;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import dev.testshard.report.Totals;
import dev.testshard.runner.console.FakeTerminal;
import dev.testshard.runner.console.Palette;
import dev.testshard.runner.console.Verbosity;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.results.ContainerExit;
import dev.testshard.runner.results.ShardResult;
import dev.testshard.runner.results.ShardResultCollector;
import dev.testshard.runner.results.ShardStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunSummaryPrinterTest {

  private static final Path REPORT = Path.of("/work/app/target/testshard");

  @Test
  void printsTheShardsTheFailuresWithTheirLogsLostWorkPerShardFlakyTestsAndTotals() {
    String out = print(Verbosity.NORMAL, results());

    assertThat(out)
        .isEqualTo(
            """

            shard classes  tests failed errors skipped seconds exit  status
            cart        1      3      1      0       0    12.5    0  failed
            pay         1      3      0      2       0     3.0  137  lost: the test JVM exited with code 137

            Failures:
              FAILED com.acme.cart.SomeTest > total [cart]: expected 2 but was 3
                output: /work/app/target/testshard/shards/cart/output.log
              ERROR  com.acme.pay.SomeTest > charges [pay]: refused
                output: /work/app/target/testshard/shards/pay/output.log
              LOST   pay: 1 test never reported: the test JVM exited with code 137
                output: /work/app/target/testshard/shards/pay/output.log

            Flaky (failed, then passed on a re-run):
              com.acme.cart.SomeTest > flaky() (passed on attempt 2) [cart]

            6 tests: 3 passed (1 flaky), 1 failed, 2 errors, 0 skipped; 15.5 s of tests in 20.0 s wall
            report: /work/app/target/testshard/TEST-testshard.xml (JUnit XML)
                    /work/app/target/testshard/index.html (HTML)
                    /work/app/target/testshard/summary.json (JSON)
            """);
  }

  @Test
  void quietPrintsOnlyTheFailuresAndWhereTheReportsAre() {
    String out = print(Verbosity.QUIET, results());

    assertThat(out)
        .startsWith("\nFailures:\n  FAILED com.acme.cart.SomeTest > total [cart]")
        .doesNotContain("shard classes")
        .doesNotContain("Flaky")
        .endsWith(
            """
            report: /work/app/target/testshard/TEST-testshard.xml (JUnit XML)
                    /work/app/target/testshard/index.html (HTML)
                    /work/app/target/testshard/summary.json (JSON)
            """);
  }

  @Test
  void verboseShowsWhereEachShardsTimeWent() {
    String out = print(Verbosity.VERBOSE, results());

    assertThat(out)
        .contains(
            "shard classes  tests failed errors skipped seconds exit container       jvm first test")
        .contains("12.5    0       0.4       0.6        1.5  failed")
        .contains("3.0  137         -         -          -  lost");
  }

  @Test
  void inColourFailuresAreRedErrorsMagentaLostBoldRedPassedGreenAndFlakyYellow() {
    String out = print(Verbosity.NORMAL, results(), Palette.ANSI);

    assertThat(new FakeTerminal(200).play(out).styled())
        .contains(
            "cart        1      3      1      0       0    12.5    0  <red>failed</red>",
            "pay         1      3      0      2       0     3.0  137  <bold red>lost</bold red>:"
                + " the test JVM exited with code 137",
            "  <red>FAILED</red> com.acme.cart.SomeTest > total [cart]: expected 2 but was 3",
            "  <magenta>ERROR</magenta>  com.acme.pay.SomeTest > charges [pay]: refused",
            "<yellow>Flaky</yellow> (failed, then passed on a re-run):",
            "6 tests: <green>3 passed</green> (<yellow>1 flaky</yellow>), <red>1 failed</red>,"
                + " <magenta>2 errors</magenta>, 0 skipped; 15.5 s of tests in 20.0 s wall");
  }

  @Test
  void showsThirtyFailuresAndSaysWhereTheRestAre() {
    Shard big = shard("big", 40, 0);
    String cls = big.classNames().get(0);
    List<TestCaseResult> cases = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      cases.add(failed(cls, "t" + i + "()", "no"));
    }
    String out = print(Verbosity.QUIET, List.of(result(big, ShardStatus.FAILED, 0, cases)));

    assertThat(out.lines().filter(line -> line.startsWith("  FAILED"))).hasSize(30);
    assertThat(out).contains("  ... and 10 more (all of them in " + REPORT + "/summary.json)");
  }

  private static String print(Verbosity verbosity, List<ShardResult> results) {
    return print(verbosity, results, Palette.NONE);
  }

  private static String print(Verbosity verbosity, List<ShardResult> results, Palette palette) {
    StringWriter written = new StringWriter();
    Totals totals = Totals.ZERO;
    for (ShardResult result : results) {
      totals = totals.plus(result.totals());
    }
    new RunSummaryPrinter(new PrintWriter(written, true), verbosity, palette)
        .print(results, totals, 20, REPORT);
    return written.toString();
  }

  private static List<ShardResult> results() {
    Shard cart = shard("cart", 3, 0);
    Shard pay = shard("pay", 3, 0);
    String cartClass = cart.classNames().get(0);
    String payClass = pay.classNames().get(0);
    ShardResult cartResult =
        result(
                cart,
                ShardStatus.FAILED,
                0,
                List.of(
                    TestCaseResult.passed(cartClass, "adds()", 0.5),
                    failed(cartClass, "total", "expected 2 but was 3\n\tat x"),
                    TestCaseResult.passed(cartClass, "flaky()", 0.5)
                        .withReruns(
                            List.of(
                                new Attempt(Outcome.FAILED, Problem.of("once"), 1, null, null)))))
            .withTiming(
                new RunTimings.ShardTiming(
                    "cart", Instant.EPOCH, Instant.EPOCH, 12.5, 0.4, 0.6, 1.5, 20.0));
    String lostCause = "the test JVM exited with code 137";
    ShardResult payResult =
        new ShardResult(
            pay,
            List.of(
                suite(
                    pay,
                    List.of(
                        TestCaseResult.passed(payClass, "pays()", 1),
                        new TestCaseResult(
                            payClass,
                            "charges",
                            1,
                            Outcome.ERROR,
                            new Problem("refused", "java.lang.IllegalStateException", "trace"),
                            null,
                            null),
                        new TestCaseResult(
                            payClass,
                            "refunds()",
                            0,
                            Outcome.ERROR,
                            new Problem(lostCause, ShardResultCollector.LOST_TYPE, lostCause),
                            null,
                            null)))),
            ShardStatus.LOST,
            lostCause,
            ContainerExit.exited(137, false),
            3,
            List.of());
    return List.of(cartResult, payResult);
  }

  private static ShardResult result(
      Shard shard, ShardStatus status, int exit, List<TestCaseResult> cases) {
    return new ShardResult(
        shard,
        List.of(suite(shard, cases)),
        status,
        null,
        ContainerExit.exited(exit, false),
        12.5,
        List.of());
  }

  private static TestSuiteResult suite(Shard shard, List<TestCaseResult> cases) {
    double seconds = shard.id().equals("cart") ? 12.5 : 3;
    return new TestSuiteResult(
        shard.classNames().get(0), shard.id(), null, seconds, null, Map.of(), cases);
  }

  private static TestCaseResult failed(String cls, String name, String message) {
    return new TestCaseResult(
        cls,
        name,
        0.1,
        Outcome.FAILED,
        new Problem(message, "org.opentest4j.AssertionFailedError", "trace"),
        null,
        null);
  }
}
