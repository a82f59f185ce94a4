package dev.testshard.runner.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Patterns of files to keep out of the snapshot ({@code .testshardignore}), with the common subset
 * of {@code .gitignore} syntax: one pattern a line, {@code #} comments, {@code *}, {@code ?} and
 * {@code **}, a trailing {@code /} for directories, a {@code /} inside or in front to anchor at the
 * project root (otherwise a pattern matches a name at any depth), and {@code !} to re-include. The
 * last matching pattern wins. Pure.
 */
public final class IgnoreRules {

  public static final String FILE_NAME = ".testshardignore";

  private record Rule(Pattern pattern, boolean directoryOnly, boolean include) {}

  private final List<Rule> rules;

  private IgnoreRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static IgnoreRules parse(String text) {
    List<Rule> rules = new ArrayList<>();
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean include = line.startsWith("!");
      if (include) {
        line = line.substring(1);
      }
      boolean directoryOnly = line.endsWith("/");
      if (directoryOnly) {
        line = line.substring(0, line.length() - 1);
      }
      boolean anchored = line.contains("/");
      if (line.startsWith("/")) {
        line = line.substring(1);
      }
      if (line.isEmpty()) {
        continue;
      }
      String regex = (anchored ? "" : "(?:.*/)?") + globToRegex(line);
      rules.add(new Rule(Pattern.compile(regex), directoryOnly, include));
    }
    return new IgnoreRules(rules);
  }

  public static IgnoreRules none() {
    return new IgnoreRules(List.of());
  }

  /** Whether a file (path relative to the project, '/' separators) is kept out. */
  public boolean ignores(String path) {
    boolean ignored = false;
    for (Rule rule : rules) {
      if (matches(rule, path)) {
        ignored = !rule.include();
      }
    }
    return ignored;
  }

  private static boolean matches(Rule rule, String path) {
    // A directory pattern matches every file below a matching directory; a file pattern also
    // matches the file itself.
    String[] parts = path.split("/");
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        prefix.append('/');
      }
      prefix.append(parts[i]);
      boolean isDirectory = i < parts.length - 1;
      if ((isDirectory || !rule.directoryOnly()) && rule.pattern().matcher(prefix).matches()) {
        return true;
      }
    }
    return false;
  }

  private static String globToRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        boolean slashFollows = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
        regex.append(slashFollows ? "(?:.*/)?" : ".*");
        i += slashFollows ? 2 : 1;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }
}
