package dev.testshard.runner.build;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Checks JUnit Platform tag expressions as the platform's {@code TagFilter} parses them (JUnit 5
 * user guide, "Tag Expressions"): tags combined with {@code !}, {@code &}, {@code |} and
 * parentheses, plus {@code any()} and {@code none()}; Surefire splits its {@code groups} at commas
 * into several expressions. The runner has no JUnit on its class path, and a bad expression is the
 * user's error (exit 2) before anything is built, not a failed discovery later.
 */
final class TagExpressions {

  private final List<String> tokens;
  private int next;

  private TagExpressions(List<String> tokens) {
    this.tokens = tokens;
  }

  /**
   * @throws IllegalArgumentException naming {@code option} when {@code value} (null is fine) is not
   *     a list of valid tag expressions
   */
  static void check(String option, String value) {
    if (value == null) {
      return;
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(option + ": needs a tag expression");
    }
    for (String expression : value.split(",")) {
      if (expression.isBlank()) {
        throw new IllegalArgumentException(option + ": empty tag expression in '" + value + "'");
      }
      TagExpressions parser = new TagExpressions(tokens(expression));
      boolean valid = parser.orExpression() && parser.next == parser.tokens.size();
      if (!valid) {
        throw new IllegalArgumentException(
            option + ": not a valid JUnit tag expression: '" + expression.strip() + "'");
      }
    }
  }

  /** {@code |} binds weaker than {@code &}, which binds weaker than {@code !}. */
  private boolean orExpression() {
    return chain("|", this::andExpression);
  }

  private boolean andExpression() {
    return chain("&", this::unary);
  }

  /** Operands joined by {@code operator}, left to right. */
  private boolean chain(String operator, BooleanSupplier operand) {
    boolean valid = operand.getAsBoolean();
    while (valid && accept(operator)) {
      valid = operand.getAsBoolean();
    }
    return valid;
  }

  private boolean unary() {
    if (accept("!")) {
      return unary();
    }
    if (accept("(")) {
      return orExpression() && accept(")");
    }
    if (next < tokens.size() && !isOperator(tokens.get(next))) {
      next++;
      return true;
    }
    return false;
  }

  private boolean accept(String token) {
    if (next < tokens.size() && tokens.get(next).equals(token)) {
      next++;
      return true;
    }
    return false;
  }

  private static boolean isOperator(String token) {
    return token.length() == 1 && "!&|()".contains(token);
  }

  /** Operators and tags; {@code any()} and {@code none()} are one token each. */
  private static List<String> tokens(String expression) {
    List<String> tokens = new ArrayList<>();
    String text = expression.strip();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (text.startsWith("any()", i) || text.startsWith("none()", i)) {
        String keyword = text.startsWith("any()", i) ? "any()" : "none()";
        tokens.add(keyword);
        i += keyword.length();
      } else if (isOperator(String.valueOf(c))) {
        tokens.add(String.valueOf(c));
        i++;
      } else {
        int start = i;
        while (i < text.length()
            && !Character.isWhitespace(text.charAt(i))
            && !isOperator(String.valueOf(text.charAt(i)))) {
          i++;
        }
        tokens.add(text.substring(start, i));
      }
    }
    return tokens;
  }
}
