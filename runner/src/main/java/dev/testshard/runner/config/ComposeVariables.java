package dev.testshard.runner.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The variables a compose file is interpolated with, and the interpolation of its whole tree: every
 * string value (never a key), before anything reads it, as compose does. Errors are one line naming
 * the file and the key, exit 2.
 */
final class ComposeVariables {

  static final String DOT_ENV = ".env";

  private ComposeVariables() {}

  /** The {@code .env} file beside the compose file, if there is one, under the environment. */
  static Map<String, String> of(Path composeFile, Map<String, String> environment) {
    Path dotEnv = composeFile.resolveSibling(DOT_ENV);
    Map<String, String> variables = new HashMap<>();
    if (Files.isRegularFile(dotEnv)) {
      try {
        variables.putAll(DotEnv.parse(Files.readString(dotEnv), environment));
      } catch (IOException e) {
        throw new TestshardException(
            ExitCodes.USAGE, "cannot read " + dotEnv + ": " + e.getMessage());
      } catch (IllegalArgumentException e) {
        throw new TestshardException(ExitCodes.USAGE, DOT_ENV + ": " + e.getMessage());
      }
    }
    variables.putAll(environment);
    return variables;
  }

  /** A copy of the tree with every string value interpolated. */
  static JsonNode interpolate(JsonNode node, Map<String, String> variables, String file) {
    return interpolate(node, variables, new ConfigNode(file, "", node));
  }

  private static JsonNode interpolate(JsonNode node, Map<String, String> variables, ConfigNode at) {
    if (node.isTextual()) {
      try {
        return TextNode.valueOf(ComposeInterpolation.interpolate(node.asText(), variables));
      } catch (IllegalArgumentException e) {
        throw at.error(e.getMessage());
      }
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        copy.set(field.getKey(), interpolate(field.getValue(), variables, at.get(field.getKey())));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      int i = 0;
      for (ConfigNode item : at.items()) {
        copy.add(interpolate(node.get(i++), variables, item));
      }
      return copy;
    }
    return node;
  }
}
