package dev.testshard.runner.cli;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.console.ProgressModel;
import dev.testshard.runner.console.Verbosity;
import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine.Option;

/** How {@code run} talks to the user: progress display, quiet or verbose. */
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

  /** The progress display for this run, ticking on the system clock. */
  ConsoleProgress open(PrintWriter out, ProgressModel model) {
    boolean tty =
        progress == ProgressMode.TTY || progress == ProgressMode.AUTO && Terminal.isInteractive();
    return ConsoleProgress.start(
        out,
        tty ? ConsoleProgress.Mode.TTY : ConsoleProgress.Mode.PLAIN,
        verbosity(),
        model,
        tty ? Terminal.width() : Terminal.DEFAULT_WIDTH);
  }
}
