package dev.testshard.runner.console;

import java.util.ArrayList;
import java.util.List;

/**
 * A terminal screen for tests: plays back text with the ANSI sequences the live display uses
 * (cursor up {@code ESC[nA}, clear line {@code ESC[2K}, clear below {@code ESC[J}), carriage return
 * and line feed, and fails on any other escape sequence or on a line wider than the screen.
 */
public final class FakeTerminal {

  private final int width;
  private final List<StringBuilder> rows = new ArrayList<>(List.of(new StringBuilder()));
  private int row;
  private int column;

  public FakeTerminal(int width) {
    this.width = width;
  }

  /** Plays back {@code text} and returns this terminal. */
  public FakeTerminal play(String text) {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\u001B') {
        i = escape(text, i);
        continue;
      }
      if (c == '\n') {
        row++;
        column = 0;
        if (row == rows.size()) {
          rows.add(new StringBuilder());
        }
      } else if (c == '\r') {
        column = 0;
      } else {
        StringBuilder line = rows.get(row);
        while (line.length() < column) {
          line.append(' ');
        }
        if (column < line.length()) {
          line.setCharAt(column, c);
        } else {
          line.append(c);
        }
        column++;
        if (column > width) {
          throw new AssertionError("line wider than " + width + " columns: " + line);
        }
      }
      i++;
    }
    return this;
  }

  /** The screen's lines, without the empty line the cursor may sit on at the end. */
  public List<String> screen() {
    List<String> lines = new ArrayList<>();
    rows.forEach(line -> lines.add(line.toString()));
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  private int escape(String text, int start) {
    if (start + 1 >= text.length() || text.charAt(start + 1) != '[') {
      throw new AssertionError("unexpected escape at " + start);
    }
    int i = start + 2;
    int number = 0;
    boolean digits = false;
    while (Character.isDigit(text.charAt(i))) {
      number = number * 10 + text.charAt(i) - '0';
      digits = true;
      i++;
    }
    char command = text.charAt(i);
    switch (command) {
      case 'A' -> row = Math.max(0, row - (digits ? number : 1));
      case 'K' -> {
        if (number != 2) {
          throw new AssertionError("only ESC[2K is expected");
        }
        rows.get(row).setLength(0);
      }
      case 'J' -> {
        rows.get(row).setLength(Math.min(column, rows.get(row).length()));
        while (rows.size() > row + 1) {
          rows.remove(rows.size() - 1);
        }
      }
      default -> throw new AssertionError("unexpected escape sequence ESC[" + command);
    }
    return i + 1;
  }
}
