package dev.testshard.runner.build;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Surefire's {@code argLine} into arguments the way Surefire puts it on the forked JVM's
 * command line: line breaks are spaces, arguments are separated by whitespace, and single or double
 * quotes group (and are removed); there are no escapes.
 */
public final class ArgLine {

  private ArgLine() {}

  public static List<String> split(String argLine) {
    List<String> args = new ArrayList<>();
    if (argLine == null) {
      return args;
    }
    StringBuilder current = new StringBuilder();
    boolean inToken = false;
    char quote = 0;
    for (char c : argLine.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          current.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inToken = true;
      } else if (Character.isWhitespace(c)) {
        if (inToken) {
          args.add(current.toString());
          current.setLength(0);
          inToken = false;
        }
      } else {
        current.append(c);
        inToken = true;
      }
    }
    if (inToken) {
      args.add(current.toString());
    }
    return args;
  }
}
