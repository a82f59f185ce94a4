package dev.testshard.runner.cli;

import dev.testshard.runner.console.ProgressModel;
import dev.testshard.runner.steps.ProgressDisplay;
import dev.testshard.runner.steps.RunEvents;
import java.io.PrintWriter;

/**
 * A run's events on the console: the steps' lines on {@code lines} (a null writer with {@code
 * --quiet}), notices on {@code out}, warnings and errors on {@code err}, and the live progress as
 * {@code console} chose it (none for {@code plan}, which runs no shard).
 */
final class ConsoleEvents implements RunEvents {

  private final PrintWriter lines;
  private final PrintWriter out;
  private final PrintWriter err;
  private final ConsoleOptions console;

  ConsoleEvents(PrintWriter lines, PrintWriter out, PrintWriter err, ConsoleOptions console) {
    this.lines = lines;
    this.out = out;
    this.err = err;
    this.console = console;
  }

  @Override
  public void line(String text) {
    lines.println(text);
    lines.flush();
  }

  @Override
  public void notice(String text) {
    out.println(text);
    out.flush();
  }

  @Override
  public void warning(String text) {
    error("testshard: warning: " + text);
  }

  @Override
  public void error(String text) {
    err.println(text);
    err.flush();
  }

  @Override
  public ProgressDisplay progress(ProgressModel model) {
    if (console == null) {
      throw new IllegalStateException("this command runs no shard");
    }
    return console.open(out, model);
  }
}
