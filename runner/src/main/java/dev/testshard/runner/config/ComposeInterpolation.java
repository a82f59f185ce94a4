package dev.testshard.runner.config;

import java.util.Map;

/**
 * Variable interpolation as the compose specification defines it
 * (https://github.com/compose-spec/compose-spec/blob/main/spec.md#interpolation): {@code $VAR},
 * {@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR-default}}, {@code ${VAR:?error}}, {@code
 * ${VAR?error}}, {@code ${VAR:+replacement}}, {@code ${VAR+replacement}}, with defaults,
 * replacements and messages that may hold further interpolations; {@code $$} is a literal {@code
 * $}. A {@code $} that starts neither a name nor a brace stays as it is; {@code ${} with anything
 * but a name and one of the operators is an error. Unset variables without a default are empty.
 *
 * <p>Why hand-written: no maintained Java library implements compose's forms ({@code :?}, {@code
 * :+}, nesting); Apache Commons Text's substitutor knows only {@code ${VAR:-default}}. Pure: the
 * variables come in as a map; a default or message that is not used is parsed but not evaluated, as
 * compose does, so it can neither fail nor warn.
 */
final class ComposeInterpolation {

  /** A {@code ${VAR:?message}} or {@code ${VAR?message}} whose variable has no value. */
  static final class MissingVariable extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    MissingVariable(String name, String message) {
      super(
          "required variable "
              + name
              + " is missing a value"
              + (message.isEmpty() ? "" : ": " + message));
    }
  }

  private final String text;
  private final Map<String, String> variables;
  private int pos;

  private ComposeInterpolation(String text, Map<String, String> variables) {
    this.text = text;
    this.variables = variables;
  }

  /**
   * @throws MissingVariable for a required variable without a value
   * @throws IllegalArgumentException for a malformed {@code ${...}}
   */
  static String interpolate(String text, Map<String, String> variables) {
    if (text.indexOf('$') < 0) {
      return text;
    }
    ComposeInterpolation parser = new ComposeInterpolation(text, variables);
    StringBuilder out = new StringBuilder();
    while (parser.pos < text.length()) {
      char c = text.charAt(parser.pos);
      if (c == '$') {
        out.append(parser.dollar(true));
      } else {
        out.append(c);
        parser.pos++;
      }
    }
    return out.toString();
  }

  /** At a {@code $}: its value, or "" when {@code evaluate} is false (a branch not taken). */
  private String dollar(boolean evaluate) {
    char next = pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
    if (next == '$') {
      pos += 2;
      return "$";
    }
    if (next == '{') {
      return braced(evaluate);
    }
    if (isNameStart(next)) {
      pos++;
      String name = name();
      return evaluate ? variables.getOrDefault(name, "") : "";
    }
    pos++;
    return "$";
  }

  private String braced(boolean evaluate) {
    int start = pos;
    pos += 2;
    String name = isNameStart(at(pos)) ? name() : "";
    if (name.isEmpty()) {
      throw invalid(start);
    }
    String value = variables.get(name);
    boolean set = value != null;
    boolean nonEmpty = set && !value.isEmpty();
    if (at(pos) == '}') {
      pos++;
      return set ? value : "";
    }
    boolean colon = at(pos) == ':';
    char operator = at(colon ? pos + 1 : pos);
    if (operator != '-' && operator != '?' && operator != '+') {
      throw invalid(start);
    }
    pos += colon ? 2 : 1;
    boolean present = colon ? nonEmpty : set;
    boolean used = operator == '+' ? present : !present;
    String word = word(evaluate && used, start);
    if (!evaluate) {
      return "";
    }
    return switch (operator) {
      case '-' -> used ? word : value;
      case '?' -> {
        if (used) {
          throw new MissingVariable(name, word);
        }
        yield value;
      }
      default -> used ? word : "";
    };
  }

  /**
   * The default, message or replacement up to the {@code }} that closes the expression; plain
   * braces inside it must balance, as in compose ({@code ${X:-{"a":1}}} defaults to JSON).
   */
  private String word(boolean evaluate, int start) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '$') {
        out.append(dollar(evaluate));
        continue;
      }
      if (c == '}' && depth == 0) {
        pos++;
        return out.toString();
      }
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      out.append(c);
      pos++;
    }
    throw invalid(start);
  }

  private String name() {
    int start = pos;
    while (pos < text.length() && isNamePart(text.charAt(pos))) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private char at(int index) {
    return index < text.length() ? text.charAt(index) : 0;
  }

  private IllegalArgumentException invalid(int start) {
    return new IllegalArgumentException(
        "invalid interpolation format in '"
            + text
            + "' at '"
            + text.substring(start)
            + "' (expected ${NAME}, ${NAME:-default}, ${NAME:?error}, ${NAME:+replacement} or"
            + " their forms without ':'; write $$ for a literal $)");
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }
}
