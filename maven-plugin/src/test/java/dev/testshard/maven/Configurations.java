package dev.testshard.maven;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluator;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;

/**
 * {@link MojoConfiguration}s for tests, from XML and a map of properties, with an evaluator that
 * behaves like Maven's for properties: a whole {@code ${key}} evaluates to its value or to null, an
 * embedded unknown {@code ${key}} stays as written.
 */
final class Configurations {
  static final File BASEDIR = new File("/work/module");

  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]+)}");

  private Configurations() {}

  static MojoConfiguration of(String xml, Map<String, String> properties) {
    try {
      return new MojoConfiguration(
          Xpp3DomBuilder.build(new StringReader("<configuration>" + xml + "</configuration>")),
          evaluator(properties));
    } catch (XmlPullParserException e) {
      throw new IllegalArgumentException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MojoConfiguration of(String xml) {
    return of(xml, Map.of());
  }

  private static ExpressionEvaluator evaluator(Map<String, String> properties) {
    return new ExpressionEvaluator() {
      @Override
      public Object evaluate(String expression) {
        Matcher whole = EXPRESSION.matcher(expression);
        if (whole.matches()) {
          return properties.get(whole.group(1));
        }
        Matcher embedded = EXPRESSION.matcher(expression);
        StringBuilder result = new StringBuilder();
        while (embedded.find()) {
          String value = properties.getOrDefault(embedded.group(1), embedded.group());
          embedded.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        return embedded.appendTail(result).toString();
      }

      @Override
      public File alignToBaseDirectory(File file) {
        return file.isAbsolute() ? file : new File(BASEDIR, file.getPath());
      }
    };
  }
}
