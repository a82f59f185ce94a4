package dev.testshard.runner.cli;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.console.CursorCodes;
import dev.testshard.runner.console.Palette;
import dev.testshard.runner.console.ProgressModel;
import dev.testshard.runner.console.Verbosity;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import picocli.CommandLine.Option;

/** How {@code run} talks to the user: progress display, colour, quiet or verbose. */
final class ConsoleOptions {

  /** {@code --progress}: where the progress goes. */
  enum ProgressMode {
    /** A redrawn display on an interactive terminal, plain lines otherwise. */
    AUTO,
    TTY,
    PLAIN
  }

  @Option(
      names = "--progress",
      paramLabel = "MODE",
      description =
          "auto (default): a display redrawn in place on a terminal, plain lines otherwise"
              + " (CI logs, pipes); tty or plain to choose.")
  ProgressMode progress = ProgressMode.AUTO;

  /** {@code --color}: whether the console is in colour. */
  enum ColorMode {
    /** Colour on an interactive terminal, unless {@code NO_COLOR} is set (https://no-color.org). */
    AUTO,
    ALWAYS,
    NEVER;

    boolean enabled(Map<String, String> env, boolean interactive) {
      return switch (this) {
        case ALWAYS -> true;
        case NEVER -> false;
        case AUTO -> interactive && isEmpty(env.get("NO_COLOR"));
      };
    }

    private static boolean isEmpty(String value) {
      return value == null || value.isEmpty();
    }
  }

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      description =
          "auto (default): colour on a terminal unless NO_COLOR is set; always or never to"
              + " choose.")
  ColorMode color = ColorMode.AUTO;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only the failures and the final verdict line.")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      description =
          "Also print a line per test class, the containers, and where each shard's time went.")
  boolean verbose;

  Verbosity verbosity() {
    if (quiet && verbose) {
      throw new TestshardException(ExitCodes.USAGE, "--quiet and --verbose exclude each other");
    }
    return quiet ? Verbosity.QUIET : verbose ? Verbosity.VERBOSE : Verbosity.NORMAL;
  }

  /** Where the steps before the shards run are reported: {@code out}, or nowhere when quiet. */
  PrintWriter steps(PrintWriter out) {
    return verbosity() == Verbosity.QUIET ? new PrintWriter(Writer.nullWriter()) : out;
  }

  /** Whether standard output is an interactive terminal; asked once, by {@link #open}. */
  private Boolean interactive;

  /** The colours of this run's console, for its environment and terminal. */
  Palette palette() {
    if (interactive == null) {
      try (ConsoleTerminal terminal = ConsoleTerminal.open()) {
        interactive = terminal.isInteractive();
      }
    }
    return palette(System.getenv(), interactive);
  }

  Palette palette(Map<String, String> env, boolean interactive) {
    return Palette.of(color.enabled(env, interactive));
  }

  /**
   * The progress display for this run, ticking on the system clock. It holds the terminal and
   * closes it when it is closed.
   */
  ConsoleProgress open(PrintWriter out, ProgressModel model) {
    ConsoleTerminal terminal = ConsoleTerminal.open();
    interactive = terminal.isInteractive();
    boolean tty = progress == ProgressMode.TTY || progress == ProgressMode.AUTO && interactive;
    return ConsoleProgress.start(
        out,
        tty ? ConsoleProgress.Mode.TTY : ConsoleProgress.Mode.PLAIN,
        verbosity(),
        model,
        tty ? terminal.width(System.getenv()) : ConsoleTerminal.DEFAULT_WIDTH,
        palette(),
        // --progress=tty into a pipe or a file: the codes of an ANSI terminal, as if it were one.
        terminal.cursorCodes().orElseGet(() -> CursorCodes.ofType("ansi")),
        terminal);
  }
}
