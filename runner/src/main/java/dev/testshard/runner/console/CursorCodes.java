package dev.testshard.runner.console;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jline.utils.Curses;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;

/**
 * The control sequences the {@link LiveDisplay} redraws with, as a terminal's terminfo entry spells
 * them (JLine reads the entry): carriage return, cursor up by n lines, clear to the end of the line
 * and clear to the end of the screen. Immutable.
 */
public record CursorCodes(
    String carriageReturn,
    String parmUpCursor,
    String clearToEndOfLine,
    String clearToEndOfScreen) {

  /**
   * The codes of a terminal, by its string capabilities; empty when it lacks one of them (a dumb
   * terminal), so that it cannot show a display redrawn in place.
   */
  public static Optional<CursorCodes> of(Function<Capability, String> capabilities) {
    String cr = capabilities.apply(Capability.carriage_return);
    String up = capabilities.apply(Capability.parm_up_cursor);
    String el = capabilities.apply(Capability.clr_eol);
    String ed = capabilities.apply(Capability.clr_eos);
    return cr == null || up == null || el == null || ed == null
        ? Optional.empty()
        : Optional.of(new CursorCodes(cr, up, el, ed));
  }

  /**
   * The codes of a terminal type whose terminfo entry JLine ships ({@code ansi}, {@code xterm},
   * ...), for a display on a stream that is no terminal (e.g. {@code --progress=tty} into a pipe).
   */
  public static CursorCodes ofType(String type) {
    String entry = InfoCmp.getDefaultInfoCmp(type);
    if (entry == null) {
      throw new IllegalArgumentException("no terminfo entry for " + type);
    }
    Map<Capability, String> strings = new EnumMap<>(Capability.class);
    InfoCmp.parseInfoCmp(entry, new HashSet<>(), new EnumMap<>(Capability.class), strings);
    return of(strings::get)
        .orElseThrow(() -> new IllegalArgumentException(type + " cannot move the cursor"));
  }

  /** Moves the cursor {@code lines} up, in its column. */
  public String up(int lines) {
    return Curses.tputs(parmUpCursor, lines);
  }

  /** Moves the cursor to the start of its line. */
  public String lineStart() {
    return Curses.tputs(carriageReturn);
  }

  /** Clears from the cursor to the end of its line. */
  public String clearLine() {
    return Curses.tputs(clearToEndOfLine);
  }

  /** Clears from the cursor to the end of the screen. */
  public String clearBelow() {
    return Curses.tputs(clearToEndOfScreen);
  }
}
