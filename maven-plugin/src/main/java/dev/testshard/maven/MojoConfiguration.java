package dev.testshard.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluator;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The finalized configuration of one mojo execution, read parameter by parameter the way Maven's
 * configurator (Sisu Plexus 0.3.x, Maven 3.8/3.9) would set the mojo's fields: a parameter's value
 * is evaluated first, its {@code default-value} attribute only when that gives nothing; lists
 * accept child elements or a comma-separated string; maps take child elements; {@code Properties}
 * take {@code <property><name/><value/></property>} or {@code <key>value</key>} children; files are
 * aligned to the project's base directory. A parameter the plugin version does not have reads as
 * absent.
 */
final class MojoConfiguration {
  private final Xpp3Dom configuration;
  private final ExpressionEvaluator evaluator;

  MojoConfiguration(Xpp3Dom configuration, ExpressionEvaluator evaluator) {
    this.configuration = configuration == null ? new Xpp3Dom("configuration") : configuration;
    this.evaluator = evaluator;
  }

  /** Whether the plugin version has this parameter. */
  boolean has(String name) {
    return configuration.getChild(name) != null;
  }

  /** The parameter as Maven would inject it into a {@code String} field; null when unset. */
  String string(String name) {
    Object value = value(configuration.getChild(name));
    return value == null ? null : value.toString();
  }

  String string(String name, String absent) {
    String value = string(name);
    return value == null ? absent : value;
  }

  boolean bool(String name, boolean absent) {
    String value = string(name);
    return value == null ? absent : Boolean.parseBoolean(value);
  }

  int integer(String name, int absent) {
    String value = string(name);
    return value == null ? absent : Integer.parseInt(value.trim());
  }

  /** A {@code File} parameter, relative paths resolved against the project's base directory. */
  File file(String name) {
    String value = string(name);
    return value == null
        ? null
        : evaluator.alignToBaseDirectory(new File(value.replace('/', File.separatorChar)));
  }

  /**
   * A {@code String[]} or {@code List<String>} parameter; empty when unset. Elements may be null.
   */
  List<String> list(String name) {
    Xpp3Dom element = configuration.getChild(name);
    if (element == null) {
      return List.of();
    }
    Object value = value(element);
    List<String> result = new ArrayList<>();
    if (value instanceof Collection<?> collection) {
      collection.forEach(item -> result.add(item == null ? null : item.toString()));
    } else if (value instanceof Object[] array) {
      for (Object item : array) {
        result.add(item == null ? null : item.toString());
      }
    } else if (value != null) {
      // Sisu splits a string on every comma, keeping empty tokens, and evaluates each token.
      String csv = value.toString();
      if (!csv.isEmpty()) {
        for (String token : csv.split(",", -1)) {
          result.add(stringOrNull(evaluate(token)));
        }
      }
    } else {
      for (Xpp3Dom child : element.getChildren()) {
        result.add(stringOrNull(value(child)));
      }
    }
    return result;
  }

  /** A {@code Map<String, String>} parameter: one entry per child element, values may be null. */
  Map<String, String> map(String name) {
    Xpp3Dom element = configuration.getChild(name);
    Map<String, String> result = new LinkedHashMap<>();
    if (element == null) {
      return result;
    }
    Object value = value(element);
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> result.put(String.valueOf(k), stringOrNull(v)));
      return result;
    }
    for (Xpp3Dom child : element.getChildren()) {
      result.put(child.getName(), stringOrNull(value(child)));
    }
    return result;
  }

  /** A {@code Properties} parameter; empty when unset. */
  Properties properties(String name) {
    Xpp3Dom element = configuration.getChild(name);
    Properties result = new Properties();
    if (element == null) {
      return result;
    }
    Object value = value(element);
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> result.setProperty(String.valueOf(k), String.valueOf(v)));
      return result;
    }
    for (Xpp3Dom child : element.getChildren()) {
      if ("property".equals(child.getName()) && child.getChildCount() > 0) {
        Object key = value(child.getChild("name"));
        if (key != null) {
          result.setProperty(key.toString(), stringOrEmpty(value(child.getChild("value"))));
        }
      } else if (child.getChildCount() == 0) {
        result.setProperty(child.getName(), stringOrEmpty(value(child)));
      }
    }
    return result;
  }

  /**
   * Whether the XML reporter's configuration ({@code statelessTestsetReporter}, Surefire 3's {@code
   * JUnit5Xml30StatelessReporter}) sets {@code option} ({@code usePhrasedTestCaseMethodName}) true.
   */
  boolean reporterOption(String option) {
    Xpp3Dom reporter = element("statelessTestsetReporter");
    Object value = reporter == null ? null : value(reporter.getChild(option));
    return value != null && Boolean.parseBoolean(value.toString().strip());
  }

  /** The raw element, for parameters of a bean type such as {@code List<Dependency>}. */
  Xpp3Dom element(String name) {
    return configuration.getChild(name);
  }

  /** An element's value: evaluated, else its evaluated default-value when it has no children. */
  Object value(Xpp3Dom element) {
    if (element == null) {
      return null;
    }
    Object result = evaluate(element.getValue());
    if (result == null && element.getChildCount() == 0) {
      result = evaluate(element.getAttribute("default-value"));
    }
    return result;
  }

  private Object evaluate(String expression) {
    if (expression == null || expression.isEmpty()) {
      return null;
    }
    try {
      return evaluator.evaluate(expression);
    } catch (ExpressionEvaluationException e) {
      throw new IllegalStateException("Cannot evaluate " + expression + ": " + e.getMessage(), e);
    }
  }

  private static String stringOrNull(Object value) {
    return value == null ? null : value.toString();
  }

  private static String stringOrEmpty(Object value) {
    return value == null ? "" : value.toString();
  }
}
