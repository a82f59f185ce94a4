package dev.testshard.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Surefire's late replacement in {@code argLine} ({@code DefaultForkConfiguration}, Surefire 3.x):
 * after Maven evaluated {@code ${...}}, every {@code @{key}} that names a property of the project's
 * model (as plugins such as JaCoCo's {@code prepare-agent} left them) is replaced, in one pass; the
 * line is trimmed and each whitespace character becomes a space. The fork placeholders {@code
 * ${surefire.forkNumber}} and {@code ${surefire.threadNumber}} stay for the runner to replace.
 */
final class ArgLine {
  static final List<String> FORK_PLACEHOLDERS =
      List.of("${surefire.forkNumber}", "${surefire.threadNumber}");

  private static final Pattern LATE_REFERENCE = Pattern.compile("@\\{([^}]*)}");

  private ArgLine() {}

  /** The argument line the forked JVM gets; null when there is none. */
  static String resolve(String argLine, Properties modelProperties) {
    if (argLine == null || argLine.trim().isEmpty()) {
      return null;
    }
    String resolved = argLine.trim();
    for (String key : modelProperties.stringPropertyNames()) {
      String field = "@{" + key + "}";
      if (argLine.contains(field)) {
        resolved = resolved.replace(field, modelProperties.getProperty(key, ""));
      }
    }
    resolved = resolved.replaceAll("\\s", " ");
    return resolved.isEmpty() ? null : resolved;
  }

  /** The {@code @{key}} references left because no model property had that name. */
  static List<String> unresolvedReferences(String resolved) {
    List<String> references = new ArrayList<>();
    if (resolved != null) {
      Matcher matcher = LATE_REFERENCE.matcher(resolved);
      while (matcher.find()) {
        references.add(matcher.group());
      }
    }
    return references;
  }

  /** The fork placeholders this text contains, in {@link #FORK_PLACEHOLDERS} order. */
  static List<String> forkPlaceholders(String text) {
    List<String> found = new ArrayList<>();
    if (text != null) {
      for (String placeholder : FORK_PLACEHOLDERS) {
        if (text.contains(placeholder)) {
          found.add(placeholder);
        }
      }
    }
    return found;
  }
}
