package dev.testshard.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleJsonTest {
  @Test
  void writesTheContractsFieldsInTheContractsOrder(@TempDir Path dir) throws Exception {
    ExecutionDescription execution =
        Executions.execution("junit-platform", null, Map.of("basedir", "/m"));
    ModuleDescription module =
        new ModuleDescription(
            ModuleDescription.FORMAT,
            "g",
            "a",
            "1.0",
            "jar",
            "/m",
            "/m/target/test-classes",
            "/m/target/classes",
            "/repo",
            List.of(execution));
    Path file = dir.resolve("target").resolve(ModuleDescription.FILE_NAME);

    ModuleJson.write(module, file);

    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(fieldNames(json))
        .containsExactly(
            "format",
            "groupId",
            "artifactId",
            "version",
            "packaging",
            "basedir",
            "testClassesDirectory",
            "classesDirectory",
            "localRepository",
            "executions");
    assertThat(fieldNames(json.get("executions").get(0)))
        .containsExactly(
            "id",
            "plugin",
            "pluginVersion",
            "skip",
            "skipReason",
            "provider",
            "classpath",
            "providerClasspath",
            "workingDirectory",
            "argLine",
            "systemProperties",
            "environment",
            "excludedEnvironmentVariables",
            "includes",
            "excludes",
            "specificTests",
            "groups",
            "excludedGroups",
            "configurationParameters",
            "includeEngines",
            "excludeEngines",
            "failIfNoSpecifiedTests",
            "failIfNoTests",
            "enableAssertions",
            "reportNameSuffix",
            "phrasedMethodNames",
            "rerunFailingTestsCount",
            "skipAfterFailureCount",
            "reuseForks",
            "suiteParameters",
            "scanDependencies",
            "warnings");
    assertThat(json.get("format").asText()).isEqualTo("testshard-module/1");
    assertThat(json.get("executions").get(0).get("argLine").isNull()).isTrue();
    assertThat(Files.readString(file)).contains("\"skipReason\": null").endsWith("}\n");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
