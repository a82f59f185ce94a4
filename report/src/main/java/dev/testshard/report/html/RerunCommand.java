package dev.testshard.report.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The shell command that re-runs chosen top-level test classes with testshard: the words of the
 * original run that decide what is built and where (project, Maven arguments, ...), plus {@code
 * --include} with a regular expression that matches exactly those class names. testshard matches
 * {@code --include} against the whole fully qualified name of each top-level class ({@code
 * Matcher.matches()}), so the escaped names, joined by {@code |}, select nothing else.
 *
 * @param prefix the command up to {@code --include}, already quoted for a POSIX shell, e.g. {@code
 *     testshard run --project /src/shop}
 * @param note where to run it, shown next to the command, or null
 */
public record RerunCommand(String prefix, String note) {

  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./=:@%+,-]+");

  public RerunCommand {
    Objects.requireNonNull(prefix, "prefix");
  }

  /** A command from unquoted words, each quoted for a POSIX shell where needed. */
  public static RerunCommand of(List<String> words, String note) {
    List<String> quoted = new ArrayList<>();
    for (String word : words) {
      quoted.add(shellQuote(word));
    }
    return new RerunCommand(String.join(" ", quoted), note);
  }

  /** {@code testshard run}, to be started in the project directory (for merged reports). */
  public static RerunCommand inProjectDirectory() {
    return new RerunCommand("testshard run", "run it in the project directory");
  }

  /** The whole command for the given top-level classes (duplicates are ignored). */
  public String forClasses(Collection<String> classNames) {
    if (classNames.isEmpty()) {
      throw new IllegalArgumentException("no classes to re-run");
    }
    return prefix + " --include " + shellQuote(includeRegex(classNames));
  }

  /** A regular expression that matches exactly the given names, and nothing else. */
  static String includeRegex(Collection<String> classNames) {
    List<String> escaped = new ArrayList<>();
    for (String name : new LinkedHashSet<>(classNames)) {
      StringBuilder out = new StringBuilder(name.length() + 8);
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if ("\\.[]{}()<>*+-=!?^$|".indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
      escaped.add(out.toString());
    }
    return escaped.size() == 1 ? escaped.get(0) : "(" + String.join("|", escaped) + ")";
  }

  /** The word as a POSIX shell reads it back: as is when plain, else in single quotes. */
  static String shellQuote(String word) {
    if (!word.isEmpty() && PLAIN_WORD.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
