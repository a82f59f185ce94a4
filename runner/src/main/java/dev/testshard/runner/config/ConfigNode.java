package dev.testshard.runner.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.testshard.runner.common.Durations;
import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A node of a parsed YAML file with its path ({@code services.db.ready}), so that every error names
 * the file and the exact key, in one line.
 */
final class ConfigNode {

  private final String file;
  private final String path;
  private final JsonNode node;

  ConfigNode(String file, String path, JsonNode node) {
    this.file = file;
    this.path = path;
    this.node = node;
  }

  String path() {
    return path;
  }

  boolean isMissing() {
    return node == null || node.isMissingNode() || node.isNull();
  }

  boolean isObject() {
    return node != null && node.isObject();
  }

  boolean isArray() {
    return node != null && node.isArray();
  }

  ConfigNode get(String key) {
    return new ConfigNode(file, path.isEmpty() ? key : path + "." + key, node.get(key));
  }

  boolean has(String key) {
    return node != null && node.has(key) && !node.get(key).isNull();
  }

  TestshardException error(String message) {
    String where = path.isEmpty() ? "" : path + ": ";
    return new TestshardException(ExitCodes.USAGE, file + ": " + where + message);
  }

  /** Fails on keys outside {@code allowed}, naming the first one and what is allowed. */
  ConfigNode requireKeys(Set<String> allowed) {
    requireObject();
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw error(
            "unknown key '"
                + name
                + "' (allowed: "
                + String.join(", ", allowed.stream().sorted().toList())
                + ")");
      }
    }
    return this;
  }

  ConfigNode requireObject() {
    if (!isObject()) {
      throw error("expected a mapping of keys to values");
    }
    return this;
  }

  /** The entries of a mapping, in file order. */
  Map<String, ConfigNode> entries() {
    requireObject();
    Map<String, ConfigNode> entries = new LinkedHashMap<>();
    node.fieldNames().forEachRemaining(name -> entries.put(name, get(name)));
    return entries;
  }

  String text() {
    if (isMissing() || !node.isValueNode()) {
      throw error("expected a single value");
    }
    return node.asText();
  }

  String text(String fallback) {
    return isMissing() ? fallback : text();
  }

  int integer(int min, int max) {
    String value = text();
    try {
      int number = Integer.parseInt(value.strip());
      if (number < min || number > max) {
        throw error("expected a number from " + min + " to " + max + ", not " + value);
      }
      return number;
    } catch (NumberFormatException e) {
      throw error("expected a number, not '" + value + "'");
    }
  }

  Duration duration(Duration fallback) {
    if (isMissing()) {
      return fallback;
    }
    try {
      return Durations.parse(text());
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage());
    }
  }

  /** A list of values, or (when allowed) one value as a list of one. */
  List<ConfigNode> items() {
    List<ConfigNode> items = new ArrayList<>();
    if (isMissing()) {
      return items;
    }
    if (!isArray()) {
      throw error("expected a list");
    }
    for (int i = 0; i < node.size(); i++) {
      items.add(new ConfigNode(file, path + "[" + i + "]", node.get(i)));
    }
    return items;
  }

  /** A command: a list of words, or one string split into words as a shell would. */
  List<String> command() {
    if (isMissing()) {
      return List.of();
    }
    if (isArray()) {
      return items().stream().map(ConfigNode::text).toList();
    }
    try {
      return CommandWords.split(text());
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage());
    }
  }

  /**
   * Environment variables: a mapping of names to values, or a list of {@code NAME=value} (the
   * compose form).
   */
  Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    if (isMissing()) {
      return env;
    }
    if (isArray()) {
      for (ConfigNode item : items()) {
        String entry = item.text();
        int equals = entry.indexOf('=');
        if (equals <= 0) {
          throw item.error("expected NAME=value, not '" + entry + "'");
        }
        env.put(entry.substring(0, equals), entry.substring(equals + 1));
      }
      return env;
    }
    entries().forEach((name, value) -> env.put(name, value.isMissing() ? "" : value.text()));
    return env;
  }
}
