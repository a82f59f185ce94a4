package dev.testshard.runner.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${...}} templates in environment values and setup commands of {@code testshard.yaml}:
 *
 * <ul>
 *   <li>{@code ${shard.id}}, {@code ${shard.index}} (1-based), {@code ${run.id}};
 *   <li>{@code ${classpath}}: the test class path inside the test image (for setup steps run in
 *       it);
 *   <li>{@code ${env.NAME}}: testshard's own environment variable NAME (empty when unset).
 * </ul>
 *
 * {@code $$} stands for a literal {@code $}. Pure: values come in as maps.
 */
public final class Templates {

  public static final Set<String> NAMES = Set.of("shard.id", "shard.index", "run.id", "classpath");

  private static final Pattern TEMPLATE = Pattern.compile("\\$\\$|\\$\\{([^}]*)\\}");

  private Templates() {}

  /**
   * @throws IllegalArgumentException naming an unknown template
   */
  public static String expand(String text, Map<String, String> values, Map<String, String> env) {
    return TEMPLATE
        .matcher(text)
        .replaceAll(match -> Matcher.quoteReplacement(value(match.group(), values, env)));
  }

  private static String value(
      String template, Map<String, String> values, Map<String, String> env) {
    if (template.equals("$$")) {
      return "$";
    }
    String name = template.substring(2, template.length() - 1).strip();
    if (name.startsWith("env.") && name.length() > 4) {
      return env.getOrDefault(name.substring(4), "");
    }
    if (NAMES.contains(name)) {
      return values.getOrDefault(name, "");
    }
    throw new IllegalArgumentException(
        "unknown template ${"
            + name
            + "} (known: ${shard.id}, ${shard.index}, ${run.id}, ${classpath}, ${env.NAME})");
  }

  public static List<String> expand(
      List<String> words, Map<String, String> values, Map<String, String> env) {
    List<String> expanded = new ArrayList<>();
    for (String word : words) {
      expanded.add(expand(word, values, env));
    }
    return expanded;
  }

  /** Checks every template of a configuration, so that a typo fails before anything starts. */
  public static void check(ProjectConfig config) {
    String file = config.sourceName();
    try {
      config.env().values().forEach(v -> expand(v, Map.of(), Map.of()));
      for (ServiceSpec service : config.services()) {
        service.env().values().forEach(v -> expand(v, Map.of(), Map.of()));
        expand(service.command(), Map.of(), Map.of());
        service.setup().forEach(step -> expand(step.command(), Map.of(), Map.of()));
      }
    } catch (IllegalArgumentException e) {
      throw new dev.testshard.runner.common.TestshardException(
          dev.testshard.runner.common.ExitCodes.USAGE, file + ": " + e.getMessage());
    }
  }
}
