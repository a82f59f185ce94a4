package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.DockerJavaEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code testshard plan} prints the plan a run would use and runs no test. */
class PlanIT {

  @TempDir Path temp;

  @Test
  void printsTheShardPlanAsJsonWithoutRunningTests() throws Exception {
    Path project = Examples.copy("multi-module", temp.resolve("project"));

    Cli.Result result =
        Cli.run("plan", "--json", "--shard-by", "module", "--project", project.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode plan = new ObjectMapper().readTree(result.out());
    assertThat(plan.get("shardBy").asText()).isEqualTo("module");
    assertThat(plan.get("shards").size()).isEqualTo(3);
    int classes = 0;
    for (JsonNode shard : plan.get("shards")) {
      assertThat(shard.get("module").asText()).isEqualTo(shard.get("id").asText());
      classes += shard.get("classes").size();
    }
    assertThat(classes).isEqualTo(plan.get("classes").asInt()).isPositive();
    assertThat(project.resolve("target/testshard/TEST-testshard.xml")).doesNotExist();
    try (ContainerEngine engine = DockerJavaEngine.fromEnvironment()) {
      // Plan runs are labelled too; none of their containers may survive. The CLI ran in this
      // JVM, so its resources carry this process id (other runs on the engine are not ours).
      assertThat(
              engine
                  .findLabelled("dev.testshard.pid", Long.toString(ProcessHandle.current().pid()))
                  .containers())
          .isEmpty();
    }
  }

  @Test
  void discoverySeesTheBuildsSettingsWhereJUnit4ComputesParametersFromThem() throws Exception {
    // OrderTest's @Parameters throws without the POM's argLine, system property and environment:
    // JUnit 4 would then plan one initializationError instead of its three tests. A plan without a
    // configuration file, then one whose env adds a parameter set.
    Path project = Examples.copy("discovery-settings", temp.resolve("project"));

    Path config = temp.resolve("testshard.yaml");
    // With this in its environment OrderTest has a fourth parameter set.
    Files.writeString(config, "env:\n  PROBE_EXTRA: \"${shard.id}\"\n");

    Cli.Result result = Cli.run("plan", "--json", "--project", project.toString());
    Cli.Result withEnv =
        Cli.run("plan", "--json", "--project", project.toString(), "--config", config.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(new ObjectMapper().readTree(result.out()).get("plannedTests").asInt()).isEqualTo(3);
    assertThat(withEnv.exitCode()).as(withEnv.err()).isZero();
    assertThat(new ObjectMapper().readTree(withEnv.out()).get("plannedTests").asInt())
        .as("testshard.yaml's env reaches discovery (and changes the discovery cache's key)")
        .isEqualTo(4);
  }

  @Test
  void eachModulesDiscoverySeesThatModulesSettingsAndPlansTheTestsSurefireRuns() throws Exception {
    // alpha's and beta's MenuTest take their parameters from their own module's argLine (a path
    // into the project), system properties, environment and working directory; without them each
    // would be planned as one initializationError.
    Path project = Examples.copy("discovery-modules", temp.resolve("project"));

    assertThat(plannedPerModule(project))
        .isEqualTo(surefirePerModule(SurefireRuns.reports("discovery-modules")))
        .isEqualTo(Map.of("alpha", 5, "beta", 6));
  }

  @Test
  void modulesWithTheSameSettingsAreDiscoveredTogetherWithThem() throws Exception {
    // Both modules get alpha's settings, working directory included: one discovery JVM, a class
    // loader for each module, and the settings they share.
    Path project = Examples.copy("discovery-modules", temp.resolve("project"));
    Path surefireCopy = Examples.copy("discovery-modules", temp.resolve("surefire"));
    String shared =
        "<configuration>\n"
            + "<argLine>-Dprobe.sizes=${maven.multiModuleProjectDirectory}/alpha/sizes.txt</argLine>\n"
            + "<environmentVariables><PROBE_COLOURS>red,green</PROBE_COLOURS></environmentVariables>\n"
            + "<workingDirectory>${maven.multiModuleProjectDirectory}/alpha</workingDirectory>\n"
            + "</configuration>";
    for (Path copy : List.of(project, surefireCopy)) {
      for (String module : List.of("alpha", "beta")) {
        Path pom = copy.resolve(module).resolve("pom.xml");
        Files.writeString(
            pom,
            Pattern.compile("<configuration>.*</configuration>", Pattern.DOTALL)
                .matcher(Files.readString(pom))
                .replaceFirst(Matcher.quoteReplacement(shared)));
      }
    }

    assertThat(plannedPerModule(project))
        .isEqualTo(surefirePerModule(Examples.surefire(surefireCopy)))
        .isEqualTo(Map.of("alpha", 5, "beta", 5));
  }

  /** Each module's planned test count, from {@code plan --json --shard-by module}. */
  private static Map<String, Integer> plannedPerModule(Path project) throws Exception {
    Cli.Result result =
        Cli.run("plan", "--json", "--shard-by", "module", "--project", project.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    Map<String, Integer> planned = new TreeMap<>();
    for (JsonNode shard : new ObjectMapper().readTree(result.out()).get("shards")) {
      planned.merge(shard.get("module").asText(), shard.get("plannedTests").asInt(), Integer::sum);
    }
    return planned;
  }

  /** Each module's test count in a live Surefire run's reports. */
  private static Map<String, Integer> surefirePerModule(List<Path> reports) throws Exception {
    Map<String, Integer> counts = new TreeMap<>();
    for (Path report : reports) {
      // MODULE/target/surefire-reports/TEST-*.xml
      String module = report.getParent().getParent().getParent().getFileName().toString();
      counts.merge(module, Examples.totalsOf(List.of(report)).tests(), Integer::sum);
    }
    return counts;
  }

  @Test
  void printsATableByPackage() throws Exception {
    Path project = Examples.copy("junit5-10", temp.resolve("project"));

    Cli.Result result = Cli.run("plan", "--project", project.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("shard").contains("shards by package");
  }
}
