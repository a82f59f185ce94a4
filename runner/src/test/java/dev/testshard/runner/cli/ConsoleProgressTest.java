package dev.testshard.runner.cli;

import static dev.testshard.runner.console.Shards.shard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.Problem;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import dev.testshard.runner.console.CursorCodes;
import dev.testshard.runner.console.FakeTerminal;
import dev.testshard.runner.console.Palette;
import dev.testshard.runner.console.ProgressModel;
import dev.testshard.runner.console.Verbosity;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.plan.TimingHistory;
import dev.testshard.runner.results.ContainerExit;
import dev.testshard.runner.results.ShardResult;
import dev.testshard.runner.results.ShardStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The console on a fixed clock: a fake terminal, a plain stream, quiet and verbose. */
class ConsoleProgressTest {

  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
  private static final CursorCodes XTERM = CursorCodes.ofType("xterm-256color");

  private final Shard cart = shard("cart", 3, 30);
  private final Shard pay = shard("pay", 2, 20);
  private final Shard search = shard("search", 4, 10);
  private final AtomicLong clock = new AtomicLong(1_000 * SECOND);
  private final StringWriter written = new StringWriter();

  @Test
  void onATerminalTheStatusIsRedrawnInPlaceBelowTheFailuresWithTheEstimatedTimeLeft() {
    ConsoleProgress console = console(ConsoleProgress.Mode.TTY, Verbosity.NORMAL);
    console.shardStarted(cart);
    console.shardStarted(pay);
    later(4);
    console.testFinished(cart, cart.classNames().get(0), "test0()", Outcome.PASSED, null);
    console.testFinished(
        pay, pay.classNames().get(0), "test0()", Outcome.FAILED, "\u001B[31mboom\u001B[0m");
    later(1);
    console.tick();
    console.close();
    String output = written.toString();

    assertThat(output).contains("\u001B[K").containsPattern("\r\u001B\\[\\dA");
    List<String> beforeClose =
        new FakeTerminal(72).play(output.substring(0, output.lastIndexOf('\r'))).screen();
    // cart has 25 s left, pay 15 s; search (10 s) follows pay: 25 s in all.
    assertThat(beforeClose)
        .containsExactly(
            "FAILED com.acme.pay.SomeTest > test0() [pay]: boom",
            "[0:05] 0/3 shards done, 2 running | 2/9 tests, 1 failed | ~0:25 left",
            "  cart  0:05 of ~0:30, 1 tests",
            "  pay  0:05 of ~0:20, 1 tests");
    assertThat(new FakeTerminal(72).play(output).screen())
        .containsExactly("FAILED com.acme.pay.SomeTest > test0() [pay]: boom");
  }

  @Test
  void withoutATerminalLinesOnlyAppendAndTheStatusComesEveryFifteenSeconds() {
    // The estimate: cart has 15 s left at 0:15, search (10 s) and pay (20 s) follow: 0:25.
    ConsoleProgress console = console(ConsoleProgress.Mode.PLAIN, Verbosity.NORMAL);
    console.shardStarted(cart);
    for (int second = 1; second <= 40; second++) {
      later(1);
      if (second == 3) {
        console.testFinished(
            cart, cart.classNames().get(0), "test0()", Outcome.FAILED, "expected 2\nat");
      }
      console.tick();
    }
    console.shardFinished(result(cart, ShardStatus.FAILED));
    console.tick();
    console.close();

    assertThat(written.toString()).doesNotContain("\u001B").doesNotContain("\r");
    assertThat(written.toString().lines())
        .containsExactly(
            "[  0:00] start  cart (1 classes, 3 tests known)",
            "[  0:03] FAILED com.acme.cart.SomeTest > test0() [cart]: expected 2",
            "[  0:15] ...    0/3 shards done, 1 running | 1/9 tests, 1 failed | ~0:25 left",
            "[  0:30] ...    0/3 shards done, 1 running | 1/9 tests, 1 failed | ~0:20 left",
            "[  0:40] done   cart in 40.0 s: 2 tests, 1 failed, 0 errors, 0 skipped - failed");
  }

  @Test
  void quietPrintsNothingWhileTheShardsRun() {
    ConsoleProgress console = console(ConsoleProgress.Mode.TTY, Verbosity.QUIET);
    console.shardStarted(cart);
    console.testFinished(cart, "a.A", "t()", Outcome.ERROR, "boom");
    console.note("retrying");
    later(20);
    console.tick();
    console.shardFinished(result(cart, ShardStatus.FAILED));
    console.close();

    assertThat(written.toString()).isEmpty();
  }

  @Test
  void verboseAddsALinePerContainerAndPerClass() {
    ConsoleProgress console = console(ConsoleProgress.Mode.PLAIN, Verbosity.VERBOSE);
    console.shardStarted(pay);
    console.containerStarted(pay, "0123456789abcdef0123");
    later(2);
    console.classFinished(pay, "com.acme.pay.SomeTest", 1.25, "SUCCESSFUL");

    assertThat(written.toString().lines())
        .containsExactly(
            "[  0:00] start  pay (1 classes, 2 tests known)",
            "[  0:00] run    pay in container 0123456789ab",
            "[  0:02] class  com.acme.pay.SomeTest 1.3 s successful [pay]");
  }

  @Test
  void verboseCallsAClassFailedWhenATestFailedAndErrorWhenOneErredThoughJUnitSaysSuccessful() {
    ConsoleProgress console = console(ConsoleProgress.Mode.PLAIN, Verbosity.VERBOSE);
    console.shardStarted(pay);
    console.classStarted(pay, "com.acme.pay.SomeTest");
    console.testFinished(pay, "com.acme.pay.SomeTest", "a()", Outcome.FAILED, "no");
    console.classFinished(pay, "com.acme.pay.SomeTest", 1, "SUCCESSFUL");
    console.classStarted(pay, "com.acme.pay.OtherTest");
    console.testFinished(pay, "com.acme.pay.OtherTest", "b()", Outcome.ERROR, "refused");
    console.classFinished(pay, "com.acme.pay.OtherTest", 1, "SUCCESSFUL");
    console.classStarted(pay, "com.acme.pay.GoodTest");
    console.testFinished(pay, "com.acme.pay.GoodTest", "c()", Outcome.PASSED, null);
    console.classFinished(pay, "com.acme.pay.GoodTest", 1, "SUCCESSFUL");

    assertThat(written.toString().lines().filter(line -> line.contains("class  ")))
        .containsExactly(
            "[  0:00] class  com.acme.pay.SomeTest 1.0 s failed [pay]",
            "[  0:00] class  com.acme.pay.OtherTest 1.0 s error [pay]",
            "[  0:00] class  com.acme.pay.GoodTest 1.0 s successful [pay]");
  }

  @Test
  void failuresAndErrorsAreApartOnTheirLinesAndInTheStatusAndMessagesAreWhole() {
    String message = "service db did not start: " + "x".repeat(300) + " port 5432 in use";
    ConsoleProgress console = console(ConsoleProgress.Mode.TTY, 100, Palette.NONE);
    console.shardStarted(cart);
    console.testFinished(cart, "com.acme.cart.SomeTest", "a()", Outcome.FAILED, "expected 2");
    console.testFinished(cart, "com.acme.cart.SomeTest", "b()", Outcome.ERROR, message);
    later(1);
    console.tick();

    assertThat(new FakeTerminal(400).play(written.toString()).screen())
        .startsWith(
            "FAILED com.acme.cart.SomeTest > a() [cart]: expected 2",
            "ERROR  com.acme.cart.SomeTest > b() [cart]: " + message,
            "[0:01] 0/3 shards done, 1 running | 2/9 tests, 1 failed, 1 errors | ~0:30 left");
  }

  @Test
  void inColourFailuresAreRedErrorsMagentaPassedGreenAndSkippedYellow() {
    ConsoleProgress console = console(ConsoleProgress.Mode.TTY, 100, Palette.ANSI);
    console.shardStarted(cart);
    console.testFinished(cart, "com.acme.cart.SomeTest", "a()", Outcome.FAILED, "no");
    console.testFinished(cart, "com.acme.cart.SomeTest", "b()", Outcome.ERROR, "refused");
    later(1);
    console.tick();
    console.shardFinished(result(cart, ShardStatus.FAILED));
    console.shardFinished(result(pay, ShardStatus.PASSED));
    console.close();

    assertThat(new FakeTerminal(100).play(written.toString()).styled())
        .containsExactly(
            "<red>FAILED</red> com.acme.cart.SomeTest > a() [cart]: no",
            "<magenta>ERROR</magenta>  com.acme.cart.SomeTest > b() [cart]: refused",
            "done   cart in 40.0 s: 2 tests, <red>1 failed</red>, 0 errors, 0 skipped -"
                + " <red>failed</red>",
            "done   pay in 40.0 s: 2 tests, <red>1 failed</red>, 0 errors, 0 skipped -"
                + " <green>passed</green>");
    String beforeClose = written.toString().substring(0, written.toString().lastIndexOf('\r'));
    assertThat(new FakeTerminal(100).play(beforeClose).styled())
        .contains(
            "[0:01] 0/3 shards done, 1 running | 2/9 tests, <red>1 failed</red>,"
                + " <magenta>1 errors</magenta> | ~0:30 left");
  }

  @ParameterizedTest(name = "{0} with NO_COLOR={1} on a terminal={2}: colour {3}")
  @CsvSource({
    "'', '', true, true",
    "'', 1, true, false",
    "--color=auto, 1, true, false",
    "--color=auto, '', false, false",
    "--color=never, '', true, false",
    "--color=always, '', false, true",
    "--color=always, 1, false, true",
  })
  void colourFollowsTheColorOptionNoColorAndTheTerminal(
      String option, String noColor, boolean interactive, boolean colour) {
    ConsoleOptions options = new ConsoleOptions();
    new CommandLine(options)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .parseArgs(option.isEmpty() ? new String[0] : new String[] {option});
    Map<String, String> env = noColor.isEmpty() ? Map.of() : Map.of("NO_COLOR", noColor);
    ConsoleProgress console =
        console(ConsoleProgress.Mode.PLAIN, 72, options.palette(env, interactive));
    console.shardStarted(cart);
    console.testFinished(cart, "com.acme.cart.SomeTest", "a()", Outcome.FAILED, "no");

    assertThat(new FakeTerminal(72).play(written.toString()).styled())
        .contains(
            colour
                ? "[  0:00] <red>FAILED</red> com.acme.cart.SomeTest > a() [cart]: no"
                : "[  0:00] FAILED com.acme.cart.SomeTest > a() [cart]: no");
    assertThat(written.toString().contains("\u001B")).isEqualTo(colour);
  }

  @Test
  void inDynamicModeTheEstimateFollowsTheClassesHistoryAndNeverDropsBelowTheLongestRunningOne() {
    // The run of the issue: 40 s in all, one class of 40 s beside ten of 1 s on two workers.
    // By the share of tests done it said "~0:02 left" at 0:19, then nothing.
    Shard one = new Shard("worker-1", ".", List.of());
    Shard two = new Shard("worker-2", ".", List.of());
    ProgressModel model = new ProgressModel(List.of(), 2, 0);
    ConsoleProgress console = console(ConsoleProgress.Mode.TTY, Verbosity.NORMAL, model);
    List<DiscoveredClass> classes = new ArrayList<>(shard("slow", 1, 40).classes());
    Map<String, Double> history = new HashMap<>(Map.of(classes.get(0).className(), 40.0));
    for (int i = 0; i < 10; i++) {
      DiscoveredClass fast = shard("fast-" + i, 10, 1).classes().get(0);
      classes.add(fast);
      history.put(fast.className(), 1.0);
    }
    console.classesKnown(classes, new TimingHistory(history));
    console.shardStarted(one);
    console.shardStarted(two);
    console.classStarted(one, classes.get(0).className());
    for (int i = 1; i <= 10; i++) {
      console.classStarted(two, classes.get(i).className());
      for (int t = 0; t < 10; t++) {
        console.testFinished(
            two, classes.get(i).className(), "test" + t + "()", Outcome.PASSED, null);
      }
      later(1);
      console.classFinished(two, classes.get(i).className(), 1, "SUCCESSFUL");
    }
    console.testFinished(one, classes.get(0).className(), "test0()", Outcome.PASSED, null);
    later(9);
    console.tick();

    assertThat(new FakeTerminal(72).play(written.toString()).screen())
        .first()
        .isEqualTo("[0:19] 0/2 shards done, 2 running | 101 tests, 0 failed | ~0:21 left");
  }

  /** A normal console on the three shards, of {@code width} columns in {@code palette}. */
  private ConsoleProgress console(ConsoleProgress.Mode mode, int width, Palette palette) {
    return new ConsoleProgress(
        new PrintWriter(written, true),
        mode,
        Verbosity.NORMAL,
        new ProgressModel(List.of(cart, pay, search), 2, 9),
        width,
        clock::get,
        palette,
        XTERM);
  }

  private ConsoleProgress console(ConsoleProgress.Mode mode, Verbosity verbosity) {
    return console(mode, verbosity, new ProgressModel(List.of(cart, pay, search), 2, 9));
  }

  private ConsoleProgress console(
      ConsoleProgress.Mode mode, Verbosity verbosity, ProgressModel model) {
    return new ConsoleProgress(
        new PrintWriter(written, true),
        mode,
        verbosity,
        model,
        72,
        clock::get,
        Palette.NONE,
        XTERM);
  }

  private void later(int seconds) {
    clock.addAndGet(seconds * SECOND);
  }

  private static ShardResult result(Shard shard, ShardStatus status) {
    String cls = shard.classNames().get(0);
    return new ShardResult(
        shard,
        List.of(
            new TestSuiteResult(
                cls,
                shard.id(),
                null,
                1,
                null,
                Map.of(),
                List.of(
                    TestCaseResult.passed(cls, "test1()", 0.1),
                    new TestCaseResult(
                        cls, "test0()", 0.1, Outcome.FAILED, Problem.of("x"), null, null)))),
        status,
        null,
        ContainerExit.exited(0, false),
        40,
        List.of());
  }
}
