package dev.testshard.runner.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A terminal screen for tests: plays back text with the ANSI sequences the console uses (cursor up
 * {@code ESC[nA}, clear to the end of the line {@code ESC[K} or all of it {@code ESC[2K}, clear
 * below {@code ESC[J}, colours {@code ESC[...m}: an xterm's and an ANSI terminal's codes), carriage
 * return and line feed, and fails on any other escape sequence or on a line wider than the screen.
 * Colours take no columns; {@link #styled()} shows them as {@code <red>text</red>}.
 */
public final class FakeTerminal {

  private final int width;
  private static final Map<Integer, String> STYLES =
      Map.of(1, "bold", 31, "red", 32, "green", 33, "yellow", 35, "magenta");

  private final List<StringBuilder> rows = new ArrayList<>(List.of(new StringBuilder()));

  /** The style of each cell of {@link #rows}, "" for none. */
  private final List<List<String>> cellStyles = new ArrayList<>(List.of(new ArrayList<>()));

  private final TreeSet<String> style = new TreeSet<>();
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
          cellStyles.add(new ArrayList<>());
        }
      } else if (c == '\r') {
        column = 0;
      } else {
        StringBuilder line = rows.get(row);
        List<String> styles = cellStyles.get(row);
        while (line.length() < column) {
          line.append(' ');
          styles.add("");
        }
        if (column < line.length()) {
          line.setCharAt(column, c);
          styles.set(column, String.join(" ", style));
        } else {
          line.append(c);
          styles.add(String.join(" ", style));
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

  /** {@link #screen()} with each coloured run of text marked, e.g. {@code <red>FAILED</red>}. */
  public List<String> styled() {
    List<String> lines = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder line = new StringBuilder();
      String open = "";
      for (int c = 0; c < rows.get(r).length(); c++) {
        String cell = cellStyles.get(r).get(c);
        if (!cell.equals(open)) {
          line.append(open.isEmpty() ? "" : "</" + open + ">");
          line.append(cell.isEmpty() ? "" : "<" + cell + ">");
          open = cell;
        }
        line.append(rows.get(r).charAt(c));
      }
      lines.add(line.append(open.isEmpty() ? "" : "</" + open + ">").toString());
    }
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
        if (number != 0 && number != 2) {
          throw new AssertionError("only ESC[K and ESC[2K are expected");
        }
        int keep = number == 2 ? 0 : Math.min(column, rows.get(row).length());
        rows.get(row).setLength(keep);
        cellStyles.get(row).subList(keep, cellStyles.get(row).size()).clear();
      }
      case 'J' -> {
        int keep = Math.min(column, rows.get(row).length());
        rows.get(row).setLength(keep);
        cellStyles.get(row).subList(keep, cellStyles.get(row).size()).clear();
        while (rows.size() > row + 1) {
          rows.remove(rows.size() - 1);
          cellStyles.remove(cellStyles.size() - 1);
        }
      }
      case 'm' -> {
        if (number == 0) {
          style.clear();
        } else if (STYLES.containsKey(number)) {
          style.add(STYLES.get(number));
        } else {
          throw new AssertionError("unexpected colour ESC[" + number + "m");
        }
      }
      default -> throw new AssertionError("unexpected escape sequence ESC[" + command);
    }
    return i + 1;
  }
}
