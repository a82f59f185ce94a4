package dev.testshard.runner.cli;

import dev.testshard.runner.console.CursorCodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Standard output as JLine sees it: whether it is an interactive terminal, how wide, and how it
 * moves the cursor. Only detects and measures: the run's output still goes through the command's
 * writers, the terminal's attributes are never changed (no raw mode) and no signal handler is
 * installed, so Ctrl-C reaches the JVM as before. Close it at the end of the run; close is
 * idempotent.
 */
final class ConsoleTerminal implements AutoCloseable {

  static final int DEFAULT_WIDTH = 80;

  private final Terminal terminal;
  private boolean closed;

  /** Measures {@code terminal}, and closes it when closed. */
  ConsoleTerminal(Terminal terminal) {
    this.terminal = terminal;
  }

  /**
   * The system terminal on standard output (standard input must be one too, as for {@code
   * System.console()}), or a dumb one when either is a file or a pipe.
   */
  static ConsoleTerminal open() {
    try {
      return new ConsoleTerminal(
          TerminalBuilder.builder()
              .system(true)
              .systemOutput(TerminalBuilder.SystemOutput.SysOut)
              // Without a terminal, fall back to a dumb one without a warning on the console.
              .dumb(true)
              // JLine's native handlers would replace the JVM's: Ctrl-C would no longer run the
              // shutdown hooks that remove the run's containers.
              .nativeSignals(false)
              // Else JLine asks the terminal about its modes at once (writing queries, switching
              // off echo and reading the answers): nothing the display uses.
              .graphemeCluster(false)
              .build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A terminal that can redraw in place: not dumb ({@code TERM=dumb}, a pipe, a file), and able to
   * move the cursor up and clear.
   */
  boolean isInteractive() {
    return cursorCodes().isPresent();
  }

  /** How the terminal moves the cursor; empty when it cannot. */
  Optional<CursorCodes> cursorCodes() {
    String type = terminal.getType();
    if (type == null || type.startsWith(Terminal.TYPE_DUMB)) {
      return Optional.empty();
    }
    return CursorCodes.of(terminal::getStringCapability);
  }

  /** {@code COLUMNS} when set, else what the terminal says, else 80. */
  int width(Map<String, String> env) {
    Integer columns = parse(env.get("COLUMNS"));
    if (columns != null) {
      return columns;
    }
    int width = terminal.getColumns();
    return width > 0 ? width : DEFAULT_WIDTH;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      terminal.close();
    } catch (IOException e) {
      // Nothing was changed that closing would restore.
    }
  }

  private static Integer parse(String text) {
    try {
      int value = Integer.parseInt(text == null ? "" : text.strip());
      return value > 0 ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
