package dev.testshard.runner.cli;

import static dev.testshard.runner.console.Shards.shard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.Problem;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import dev.testshard.runner.console.FakeTerminal;
import dev.testshard.runner.console.ProgressModel;
import dev.testshard.runner.console.Verbosity;
import dev.testshard.runner.exec.ContainerExit;
import dev.testshard.runner.exec.ShardResult;
import dev.testshard.runner.exec.ShardStatus;
import dev.testshard.runner.plan.Shard;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The console on a fixed clock: a fake terminal, a plain stream, quiet and verbose. */
class ConsoleProgressTest {

  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

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
    console.testFinished(cart, cart.classNames().get(0), "test0()", false, null);
    console.testFinished(pay, pay.classNames().get(0), "test0()", true, "\u001B[31mboom\u001B[0m");
    later(1);
    console.tick();
    console.close();
    String output = written.toString();

    assertThat(output).contains("\u001B[2K").containsPattern("\r\u001B\\[\\dA");
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
        console.testFinished(cart, cart.classNames().get(0), "test0()", true, "expected 2\nat");
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
            "[  0:40] done   cart in 40.0 s: 2 tests, 1 failed, 0 skipped - failed");
  }

  @Test
  void quietPrintsNothingWhileTheShardsRun() {
    ConsoleProgress console = console(ConsoleProgress.Mode.TTY, Verbosity.QUIET);
    console.shardStarted(cart);
    console.testFinished(cart, "a.A", "t()", true, "boom");
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

  private ConsoleProgress console(ConsoleProgress.Mode mode, Verbosity verbosity) {
    ProgressModel model = new ProgressModel(List.of(cart, pay, search), 2, 9);
    return new ConsoleProgress(
        new PrintWriter(written, true), mode, verbosity, model, 72, clock::get);
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
