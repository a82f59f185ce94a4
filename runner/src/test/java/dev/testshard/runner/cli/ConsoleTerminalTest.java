package dev.testshard.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.console.CursorCodes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.jline.terminal.Size;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

/** Terminals JLine makes on streams, of a given type and size, as the run's console sees them. */
class ConsoleTerminalTest {

  @Test
  void anXtermIsInteractiveWithItsOwnWidthAndCursorCodes() throws IOException {
    try (ConsoleTerminal terminal = terminal("xterm-256color", 132)) {
      assertThat(terminal.isInteractive()).isTrue();
      assertThat(terminal.width(Map.of())).isEqualTo(132);
      CursorCodes codes = terminal.cursorCodes().orElseThrow();
      assertThat(codes.lineStart() + codes.up(12) + codes.clearLine() + codes.clearBelow())
          .isEqualTo("\r\u001B[12A\u001B[K\u001B[J");
    }
  }

  @Test
  void columnsWinsOverTheTerminalsWidthWhenItIsANumber() throws IOException {
    try (ConsoleTerminal terminal = terminal("xterm-256color", 132)) {
      assertThat(terminal.width(Map.of("COLUMNS", "100"))).isEqualTo(100);
      assertThat(terminal.width(Map.of("COLUMNS", "wide"))).isEqualTo(132);
    }
  }

  @Test
  void aDumbTerminalIsNotInteractiveAndAnUnknownWidthIsEighty() throws IOException {
    try (ConsoleTerminal terminal = terminal("dumb", 0)) {
      assertThat(terminal.isInteractive()).isFalse();
      assertThat(terminal.cursorCodes()).isEmpty();
      assertThat(terminal.width(Map.of())).isEqualTo(80);
    }
  }

  @Test
  void closingTwiceIsHarmless() throws IOException {
    ConsoleTerminal terminal = terminal("xterm-256color", 80);
    terminal.close();
    terminal.close();
  }

  private static ConsoleTerminal terminal(String type, int columns) throws IOException {
    return new ConsoleTerminal(
        TerminalBuilder.builder()
            .system(false)
            .streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())
            .type(type)
            .size(Size.of(columns, 24))
            // no input pump: the tests only measure
            .paused(true)
            .build());
  }
}
