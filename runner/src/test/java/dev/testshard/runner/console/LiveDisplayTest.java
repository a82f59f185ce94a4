package dev.testshard.runner.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LiveDisplayTest {

  private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

  /** The codes of an xterm, from the terminfo entry JLine ships. */
  private static final CursorCodes XTERM = CursorCodes.ofType("xterm-256color");

  private final StringWriter written = new StringWriter();
  private final LiveDisplay display = display(XTERM);

  @Test
  void redrawsTheBlockInPlaceWithCursorUpAndClearLine() {
    display.update(progress(1, 0), 0);
    display.update(progress(2, 3), 200 * MS);

    String second = written.toString().substring(written.toString().indexOf("\u001B[J") + 3);
    // Back to the block's first line (two lines up), then each line cleared and rewritten.
    assertThat(second)
        .startsWith("\r\u001B[2A\u001B[K[0:02] 0/4 shards done, 1 running")
        .endsWith("\n\u001B[J");
    assertThat(new FakeTerminal(60).play(written.toString()).screen())
        .containsExactly(
            "[0:02] 0/4 shards done, 1 running | 3/40 tests, 0 failed", "  a  0:02, 3 tests");
  }

  @Test
  void printsLogLinesAboveTheBlockWhichStaysAtTheBottom() {
    display.update(progress(1, 0), 0);
    display.log("FAILED a.SomeTest > t() [a]: boom", progress(1, 1), 150 * MS);
    display.log("done   a in 1.0 s", progress(1, 1), 300 * MS);
    display.update(progress(3, 5), 500 * MS);

    assertThat(new FakeTerminal(60).play(written.toString()).screen())
        .containsExactly(
            "FAILED a.SomeTest > t() [a]: boom",
            "done   a in 1.0 s",
            "[0:03] 0/4 shards done, 1 running | 5/40 tests, 0 failed",
            "  a  0:03, 5 tests");
  }

  @Test
  void redrawsAtMostOncePerIntervalAndOnlyWhenTheTextChanged() {
    for (int tick = 0; tick < 100; tick++) {
      // 100 updates over one second, the test count changing every time.
      display.update(progress(0, tick), tick * 10 * MS);
    }
    display.update(progress(0, 99), 2000 * MS);
    display.update(progress(0, 99), 2500 * MS);

    long frames = written.toString().split("\u001B\\[J", -1).length - 1;
    assertThat(frames).isEqualTo(11);
  }

  @Test
  void clearRemovesTheBlock() {
    display.update(progress(1, 2), 0);
    display.clear();
    display.clear();

    assertThat(new FakeTerminal(60).play(written.toString()).screen()).isEmpty();
  }

  @Test
  void aRedrawLeavesNothingOfLongerLinesNorOfLinesNoLongerShown() {
    display.update(progress(1, 0, "a-very-long-shard-name", "b-another-long-one", "c"), 0);
    display.update(progress(2, 3, "a"), 200 * MS);

    // Without clearing each line and below the block, the longer old text would show through.
    assertThat(new FakeTerminal(60).play(written.toString()).screen())
        .containsExactly(
            "[0:02] 0/4 shards done, 1 running | 3/40 tests, 0 failed", "  a  0:02, 3 tests");
  }

  @Test
  void anAnsiTerminalGetsTheSameScreen() {
    StringWriter ansi = new StringWriter();
    LiveDisplay onAnsi = display(CursorCodes.ofType("ansi"), ansi);
    for (LiveDisplay each : List.of(display, onAnsi)) {
      each.update(progress(1, 0, "a-very-long-shard-name", "b"), 0);
      each.log("FAILED a.SomeTest > t() [a]: boom", progress(2, 1, "a"), 200 * MS);
    }

    assertThat(new FakeTerminal(60).play(ansi.toString()).screen())
        .isEqualTo(new FakeTerminal(60).play(written.toString()).screen())
        .containsExactly(
            "FAILED a.SomeTest > t() [a]: boom",
            "[0:02] 0/4 shards done, 1 running | 1/40 tests, 0 failed",
            "  a  0:02, 1 tests");
  }

  @Test
  void aTerminalThatCannotMoveTheCursorHasNoCodes() {
    assertThat(CursorCodes.of(capability -> null)).isEmpty();
    assertThat(XTERM.up(3)).isEqualTo("\u001B[3A");
  }

  private LiveDisplay display(CursorCodes codes) {
    return display(codes, written);
  }

  private static LiveDisplay display(CursorCodes codes, StringWriter to) {
    return new LiveDisplay(new PrintWriter(to, true), 60, 4, 100 * MS, Palette.NONE, codes);
  }

  /** Shard "a" running, 4 shards planned with 40 tests. */
  private static Progress progress(int seconds, int tests) {
    return progress(seconds, tests, "a");
  }

  /** The {@code shards} running, 4 shards planned with 40 tests. */
  private static Progress progress(int seconds, int tests, String... shards) {
    return new Progress(
        4,
        shards.length,
        0,
        tests,
        0,
        0,
        40,
        seconds,
        null,
        Stream.of(shards).map(id -> new Progress.RunningShard(id, seconds, 0, tests)).toList());
  }
}
