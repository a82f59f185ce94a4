package dev.testshard.maven;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The system properties Surefire hands the forked JVM, in the order of its {@code
 * setupProperties()} and {@code calculateEffectiveProperties()} (Surefire 3.x {@code
 * AbstractSurefireMojo}): {@code systemProperties}, then {@code systemPropertiesFile}, then {@code
 * systemPropertyVariables} (a null value becomes ""), then the session's user properties ({@code
 * -Dkey=value} on the mvn command line, unless {@code promoteUserPropertiesToSystemProperties} is
 * false), each overriding the ones before; then Surefire's own {@code basedir} and {@code
 * localRepository}, and {@code user.dir} (the working directory) only when it does not fork.
 */
final class ForkedSystemProperties {
  /** Keys Surefire warns cannot be set as system properties of an already started JVM. */
  static final List<String> NOT_SETTABLE =
      List.of(
          "java.library.path", "file.encoding", "jdk.map.althashing.threshold", "line.separator");

  private ForkedSystemProperties() {}

  static Map<String, String> merge(
      Properties systemProperties,
      Properties systemPropertiesFile,
      Map<String, String> systemPropertyVariables,
      Properties userProperties) {
    Map<String, String> result = new LinkedHashMap<>();
    putAll(result, systemProperties);
    putAll(result, systemPropertiesFile);
    systemPropertyVariables.forEach((key, value) -> result.put(key, value == null ? "" : value));
    putAll(result, userProperties);
    return result;
  }

  /** Adds what Surefire itself sets after the merge. */
  static void addSurefireOwn(
      Map<String, String> properties,
      String basedir,
      String localRepository,
      boolean forking,
      String workingDirectory) {
    properties.put("basedir", basedir);
    properties.put("localRepository", localRepository);
    if (!forking) {
      properties.put("user.dir", workingDirectory);
    }
  }

  private static void putAll(Map<String, String> target, Properties source) {
    for (String key : source.stringPropertyNames()) {
      target.put(key, source.getProperty(key));
    }
  }
}
