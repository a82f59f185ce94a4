package dev.testshard.runner.console;

import java.util.function.UnaryOperator;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * The colours of the console, by outcome: passed green, failed red, error magenta, skipped and
 * flaky yellow, lost bold red. The escape sequences come from picocli's {@link Ansi} (already the
 * CLI's library); {@link #NONE} returns every text as it is. Immutable, thread-safe.
 */
public final class Palette {

  /** No colour: for pipes, {@code NO_COLOR} and {@code --color=never}. */
  public static final Palette NONE = new Palette(Ansi.OFF);

  /** Colour, whatever the output is. */
  public static final Palette ANSI = new Palette(Ansi.ON);

  private final Ansi ansi;

  private Palette(Ansi ansi) {
    this.ansi = ansi;
  }

  public static Palette of(boolean colour) {
    return colour ? ANSI : NONE;
  }

  public boolean enabled() {
    return ansi.enabled();
  }

  public String passed(String text) {
    return styled(text, Style.fg_green);
  }

  public String failed(String text) {
    return styled(text, Style.fg_red);
  }

  public String error(String text) {
    return styled(text, Style.fg_magenta);
  }

  /** Skipped and flaky tests. */
  public String skipped(String text) {
    return styled(text, Style.fg_yellow);
  }

  public String lost(String text) {
    return styled(text, Style.bold, Style.fg_red);
  }

  /** {@code text} in its colour when {@code count} is above 0, else as it is. */
  public String ifAny(int count, String text, UnaryOperator<String> colour) {
    return count > 0 ? colour.apply(text) : text;
  }

  private String styled(String text, IStyle... styles) {
    return ansi.enabled() ? Style.on(styles) + text + Style.reset.on() : text;
  }
}
