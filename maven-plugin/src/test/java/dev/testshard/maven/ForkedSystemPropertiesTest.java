package dev.testshard.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ForkedSystemPropertiesTest {
  @Test
  void laterSourcesOverrideEarlierOnesInSurefiresOrder() {
    Map<String, String> variables = new HashMap<>();
    variables.put("v", "variables");
    variables.put("u", "variables");
    variables.put("nothing", null);

    Map<String, String> merged =
        ForkedSystemProperties.merge(
            properties("s", "systemProperties", "f", "systemProperties", "v", "systemProperties"),
            properties("f", "file", "v", "file", "u", "file"),
            variables,
            properties("u", "user"));

    assertThat(merged)
        .containsOnly(
            entry("s", "systemProperties"),
            entry("f", "file"),
            entry("v", "variables"),
            entry("u", "user"),
            entry("nothing", ""));
  }

  @Test
  void surefireSetsBasedirAndLocalRepositoryLastAndUserDirOnlyInProcess() {
    Map<String, String> forked =
        ForkedSystemProperties.merge(
            properties("basedir", "x"), new Properties(), Map.of(), new Properties());
    ForkedSystemProperties.addSurefireOwn(forked, "/m", "/repo", true, "/m/work");

    Map<String, String> inProcess = new HashMap<>();
    ForkedSystemProperties.addSurefireOwn(inProcess, "/m", "/repo", false, "/m/work");

    assertThat(forked).containsOnly(entry("basedir", "/m"), entry("localRepository", "/repo"));
    assertThat(inProcess).containsEntry("user.dir", "/m/work");
  }

  private static Properties properties(String... keysAndValues) {
    Properties properties = new Properties();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
    }
    return properties;
  }
}
