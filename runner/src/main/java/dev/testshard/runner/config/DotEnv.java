package dev.testshard.runner.config;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code .env} file as docker compose reads it: {@code NAME=value} (or {@code NAME: value}) per
 * line, an optional {@code export } prefix, {@code #} comment lines and {@code #} comments after an
 * unquoted value; {@code 'single'} quotes keep the value as written, {@code "double"} quotes take
 * the escapes {@code \n \t \r \" \\ \$} (and {@code \a \b \f \v}); both may span lines. Unquoted
 * and double-quoted values are interpolated ({@link ComposeInterpolation}) from the environment
 * first, then from the names defined above them in the file. A bare {@code NAME} takes its value
 * from the environment (and is left out when unset); names that start with a digit are ignored.
 *
 * <p>Pure: the file's text and the environment come in as values.
 */
final class DotEnv {

  private final String text;
  private final Map<String, String> environment;
  private final Map<String, String> values = new LinkedHashMap<>();
  private int pos;
  private int line = 1;

  private DotEnv(String text, Map<String, String> environment) {
    this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    this.environment = environment;
  }

  /**
   * @throws IllegalArgumentException naming the line of a malformed entry or of a required variable
   *     ({@code ${NAME:?message}}) without a value
   */
  static Map<String, String> parse(String text, Map<String, String> environment) {
    DotEnv parser = new DotEnv(text, environment);
    while (parser.nextStatement()) {
      parser.entry();
    }
    parser.values.keySet().removeIf(name -> Character.isDigit(name.charAt(0)));
    return parser.values;
  }

  /** Skips blank and comment lines; false at the end of the file. */
  private boolean nextStatement() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '#') {
        skipToEndOfLine();
      } else if (Character.isWhitespace(c)) {
        advance();
      } else {
        return true;
      }
    }
    return false;
  }

  private void entry() {
    if (text.startsWith("export", pos)
        && pos + 6 < text.length()
        && isBlank(text.charAt(pos + 6))) {
      pos += 6;
      skipBlanks();
    }
    int start = pos;
    while (pos < text.length() && isNameChar(text.charAt(pos))) {
      pos++;
    }
    String name = text.substring(start, pos);
    skipBlanks();
    char next = at(pos);
    if (next == 0 || next == '\n' || next == '#') {
      if (!name.isEmpty()) {
        String inherited = environment.get(name);
        if (inherited != null) {
          values.put(name, inherited);
        }
        return;
      }
    }
    if (name.isEmpty() || (next != '=' && next != ':')) {
      throw error("expected NAME=value, not '" + restOfLine(start) + "'");
    }
    pos++;
    skipBlanks();
    int valueLine = line;
    char quote = at(pos);
    String value =
        quote == '\'' || quote == '"'
            ? quoted(quote, valueLine)
            : interpolate(unquoted(), valueLine);
    values.put(name, value);
  }

  private String unquoted() {
    int start = pos;
    skipToEndOfLine();
    String value = text.substring(start, pos);
    int comment = value.indexOf(" #");
    if (comment >= 0) {
      value = value.substring(0, comment);
    }
    return value.stripTrailing();
  }

  /** A quoted value; a backslash before the quote character keeps the quote. */
  private String quoted(char quote, int valueLine) {
    StringBuilder raw = new StringBuilder();
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\\' && at(pos + 1) == quote) {
        raw.append(quote);
        pos += 2;
        continue;
      }
      if (c == '\\' && pos + 1 < text.length()) {
        raw.append(c).append(text.charAt(pos + 1));
        pos += 2;
        continue;
      }
      advance();
      if (c == quote) {
        String rest = restOfLine(pos).strip();
        if (!rest.isEmpty() && !rest.startsWith("#")) {
          throw error("unexpected '" + rest + "' after the quoted value");
        }
        skipToEndOfLine();
        return quote == '\'' ? raw.toString() : interpolate(unescape(raw), valueLine);
      }
      raw.append(c);
    }
    line = valueLine;
    throw error("the value's " + (quote == '"' ? "double" : "single") + " quote is never closed");
  }

  /** Double-quoted escapes; {@code \$} becomes {@code $$}, a literal dollar to interpolation. */
  private static String unescape(CharSequence raw) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '\\' || i + 1 == raw.length()) {
        out.append(c);
        continue;
      }
      char e = raw.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'a' -> out.append('\u0007');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'v' -> out.append('\u000B');
        case '\\' -> out.append('\\');
        case '"' -> out.append('"');
        case '$' -> out.append("$$");
        default -> out.append('\\').append(e);
      }
    }
    return out.toString();
  }

  private String interpolate(String value, int valueLine) {
    Map<String, String> scope = new HashMap<>(values);
    scope.putAll(environment);
    try {
      return ComposeInterpolation.interpolate(value, scope);
    } catch (IllegalArgumentException e) {
      line = valueLine;
      throw error(e.getMessage());
    }
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException("line " + line + ": " + message);
  }

  private String restOfLine(int from) {
    int end = text.indexOf('\n', from);
    return text.substring(from, end < 0 ? text.length() : end);
  }

  private void skipToEndOfLine() {
    while (pos < text.length() && text.charAt(pos) != '\n') {
      pos++;
    }
  }

  private void skipBlanks() {
    while (pos < text.length() && isBlank(text.charAt(pos))) {
      pos++;
    }
  }

  private void advance() {
    if (text.charAt(pos) == '\n') {
      line++;
    }
    pos++;
  }

  private char at(int index) {
    return index < text.length() ? text.charAt(index) : 0;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '[' || c == ']';
  }
}
