package dev.testshard.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code testshard:describe} run by the real {@code mvn} on a generated reactor ({@link
 * GeneratedReactor}), the packaged plugin installed into the machine's local repository first, as
 * the runner will do. Each test reads one module's {@code testshard-module.json}.
 */
class DescribeIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path reactor;

  private static Path localRepository;
  private static LocalRepositoryInstall.Installed plugin;

  @BeforeAll
  static void describeTheReactor() throws Exception {
    localRepository = Path.of(System.getProperty("testshard.localRepository"));
    plugin =
        LocalRepositoryInstall.install(
            localRepository,
            Path.of(System.getProperty("testshard.plugin.jar")),
            Path.of(System.getProperty("testshard.plugin.pom")));
    GeneratedReactor.write(reactor);
    mvn("-Pbig-heap", "-Dfrom.cli=yes", "test-compile", plugin.goal("describe"));
  }

  @Test
  void aPomModuleHasNoExecutions() throws Exception {
    JsonNode root = module(".");

    assertThat(root.get("format").asText()).isEqualTo("testshard-module/1");
    assertThat(root.get("packaging").asText()).isEqualTo("pom");
    assertThat(root.get("executions")).isEmpty();
  }

  /** JaCoCo puts its agent before the argLine property the profile set. */
  @Test
  void theArgLineHasJaCoCosAgentAndTheProfilesHeap() throws Exception {
    JsonNode coverage = module("coverage");
    JsonNode test = coverage.get("executions").get(0);
    String agent = localRepository.resolve("org/jacoco/org.jacoco.agent/0.8.12").toString();

    assertThat(test.get("argLine").asText())
        .startsWith("-javaagent:" + agent)
        .contains("=destfile=" + coverage.get("basedir").asText() + "/target/jacoco.exec")
        .endsWith(" -Dfrom.profile=true -Xmx512m -Dprofile=big-heap");
    assertThat(test.get("provider").asText()).isEqualTo("junit-platform");
    assertThat(strings(test.get("classpath")))
        .startsWith(
            coverage.get("testClassesDirectory").asText(),
            coverage.get("classesDirectory").asText())
        .anySatisfy(jar -> assertThat(jar).endsWith("/junit-jupiter-api-5.14.1.jar"));
    assertThat(strings(test.get("providerClasspath")))
        .extracting(jar -> Path.of(jar).getFileName().toString())
        .containsExactly("junit-platform-launcher-1.14.1.jar");
    assertThat(test.get("systemProperties").get("from.cli").asText()).isEqualTo("yes");
    assertThat(test.get("warnings")).isEmpty();
  }

  @Test
  void skipTestsSkipsAndSaysWhy() throws Exception {
    JsonNode test = module("skipped").get("executions").get(0);

    assertThat(test.get("skip").asBoolean()).isTrue();
    assertThat(test.get("skipReason").asText()).isEqualTo("skipTests");
  }

  /** The user properties come from this test's mvn command line: {@code -D...}. */
  @Test
  void systemPropertiesAndEnvironmentAreSurefires() throws Exception {
    JsonNode env = module("env");
    JsonNode test = env.get("executions").get(0);
    String basedir = env.get("basedir").asText();

    assertThat(test.get("systemProperties").toString())
        .isEqualTo(
            JSON.createObjectNode()
                .put("data.dir", basedir + "/target/data")
                .put("db.name", "db_${surefire.forkNumber}")
                .put("from.cli", "yes")
                .put("maven.repo.local", localRepository.toString())
                .put("basedir", basedir)
                .put("localRepository", localRepository.toString())
                .toString());
    assertThat(test.get("environment").toString()).isEqualTo("{\"APP_MODE\":\"test\"}");
    assertThat(strings(test.get("excludedEnvironmentVariables"))).containsExactly("SECRET_TOKEN");
    assertThat(test.get("workingDirectory").asText()).isEqualTo(basedir);
    assertThat(test.get("argLine").asText()).isEqualTo("-Dfrom.profile=true");
    // The runner replaces the fork number per shard: nothing to warn of.
    assertThat(strings(test.get("warnings"))).isEmpty();
  }

  @Test
  void twoTestExecutionsAreDescribedInMavensOrder() throws Exception {
    JsonNode executions = module("twice").get("executions");

    assertThat(executions).hasSize(2);
    assertThat(executions.get(0).get("id").asText()).isEqualTo("default-test");
    assertThat(strings(executions.get(0).get("includes"))).containsExactly("**/*UnitTest.java");
    assertThat(executions.get(0).get("groups").asText()).isEqualTo("fast");
    assertThat(executions.get(1).get("id").asText()).isEqualTo("slow-tests");
    assertThat(strings(executions.get(1).get("includes"))).containsExactly("**/*SlowTest.java");
    assertThat(strings(executions.get(1).get("excludes"))).containsExactly("**/*$*");
    assertThat(executions.get(1).get("groups").asText()).isEqualTo("slow");
    assertThat(executions.get(0).get("reportNameSuffix").isNull()).isTrue();
    assertThat(executions.get(1).get("reportNameSuffix").asText()).isEqualTo("slow");
    assertThat(executions.get(0).get("phrasedMethodNames").asBoolean()).isFalse();
    assertThat(executions.get(1).get("phrasedMethodNames").asBoolean())
        .as("the reporter's option, through a property")
        .isTrue();
    assertThat(executions.get(0).get("rerunFailingTestsCount").asInt()).isZero();
    assertThat(executions.get(1).get("rerunFailingTestsCount").asInt()).isEqualTo(2);
    assertThat(executions.get(0).get("reuseForks").asBoolean()).isTrue();
    assertThat(executions.get(1).get("reuseForks").asBoolean()).isFalse();
    assertThat(executions.get(1).get("configurationParameters").toString())
        .isEqualTo(
            "{\"junit.jupiter.execution.parallel.enabled\":\"true\","
                + "\"junit.jupiter.execution.timeout.default\":\"5 m\"}");
  }

  /**
   * Surefire scans the dependencies its patterns take for tests, here a sibling module's test-jar,
   * which the reactor gives as its test classes directory; the module has no test classes of its
   * own and is still described as having tests.
   */
  @Test
  void dependenciesToScanAreTheMatchingTestArtifactsFiles() throws Exception {
    JsonNode scanning = module("scanning");
    JsonNode test = scanning.get("executions").get(0);

    assertThat(strings(test.get("scanDependencies")))
        .containsExactlyInAnyOrder(
            module("specific").get("testClassesDirectory").asText(),
            localRepository
                .resolve("org/junit/jupiter/junit-jupiter-api/5.14.1/junit-jupiter-api-5.14.1.jar")
                .toString());
    assertThat(test.get("skip").asBoolean()).isFalse();
    assertThat(test.get("providerClasspath")).isNotEmpty();
    assertThat(strings(test.get("warnings"))).isEmpty();
  }

  @Test
  void junit4RunsThroughTheVintageEngine() throws Exception {
    JsonNode test = module("legacy").get("executions").get(0);

    assertThat(test.get("provider").asText()).isEqualTo("junit4");
    assertThat(strings(test.get("providerClasspath")))
        .extracting(jar -> Path.of(jar).getFileName().toString())
        .contains(
            "junit-vintage-engine-5.14.1.jar",
            "junit-platform-launcher-1.14.1.jar",
            "junit-platform-engine-1.14.1.jar",
            "junit-platform-commons-1.14.1.jar",
            "opentest4j-1.3.0.jar",
            "apiguardian-api-1.1.2.jar")
        .doesNotContain("junit-4.13.2.jar", "hamcrest-core-1.3.jar");
    assertThat(strings(test.get("classpath")))
        .anySatisfy(jar -> assertThat(jar).endsWith("/junit-4.13.2.jar"));
  }

  /**
   * skipAfterFailureCount where the provider stops after it (junit4), and not where Surefire runs
   * every test all the same (junit-platform on JUnit 5, Surefire 3.5.4).
   */
  @Test
  void skipAfterFailureCountWhereTheProviderStops() throws Exception {
    JsonNode legacy = module("legacy").get("executions").get(0);
    JsonNode jupiter = module("specific").get("executions").get(0);

    assertThat(legacy.get("skipAfterFailureCount").asInt()).isEqualTo(2);
    assertThat(strings(legacy.get("warnings")))
        .singleElement()
        .asString()
        .startsWith("skipAfterFailureCount=2: ");
    assertThat(jupiter.get("skipAfterFailureCount").asInt()).isZero();
    assertThat(strings(jupiter.get("warnings"))).isEmpty();
  }

  /**
   * The Vintage engine refuses JUnit 3.8.2: JUnit 4.13.2 (which runs its tests) takes its place.
   */
  @Test
  void junit3RunsOnTheVintageEnginesJUnitInPlaceOfItsOwn() throws Exception {
    JsonNode test = module("junit3").get("executions").get(0);

    assertThat(test.get("provider").asText()).isEqualTo("junit3");
    assertThat(strings(test.get("classpath")))
        .noneSatisfy(jar -> assertThat(jar).endsWith("/junit-3.8.2.jar"));
    assertThat(strings(test.get("providerClasspath")))
        .extracting(jar -> Path.of(jar).getFileName().toString())
        .contains("junit-vintage-engine-5.14.1.jar", "junit-4.13.2.jar", "hamcrest-core-1.3.jar");
    assertThat(strings(test.get("warnings")))
        .containsExactly(
            "The junit3 tests run through the JUnit Vintage engine, which needs JUnit 4.12 or"
                + " later: junit 4.13.2 takes the place of the project's 3.8.2 on the test class"
                + " path (JUnit 4 runs JUnit 3.8 tests as they are).");
  }

  @Test
  void testOnTheCommandLineReplacesIncludesAndExcludes() throws Exception {
    mvn("-pl", "specific", "-Dtest=Foo#bar", "test-compile", plugin.goal("describe"));
    JsonNode test = module("specific").get("executions").get(0);

    assertThat(strings(test.get("includes"))).containsExactly("Foo#bar");
    assertThat(test.get("excludes")).isEmpty();
    assertThat(test.get("specificTests").asBoolean()).isTrue();
    assertThat(test.get("failIfNoSpecifiedTests").asBoolean()).isTrue();
  }

  @Test
  void withFailsafeTheIntegrationTestExecutionIsDescribed() throws Exception {
    mvn("-pl", "integration", "-Dtestshard.failsafe=true", "test-compile", plugin.goal("describe"));
    JsonNode test = module("integration").get("executions").get(0);

    assertThat(test.get("plugin").asText()).isEqualTo("failsafe");
    assertThat(test.get("id").asText()).isEqualTo("default");
    assertThat(strings(test.get("includes")))
        .containsExactly("**/IT*.java", "**/*IT.java", "**/*ITCase.java");
    assertThat(test.get("systemProperties").get("it.only").asText()).isEqualTo("yes");
    assertThat(test.get("systemProperties").has("testshard.failsafe")).isFalse();
    assertThat(test.get("environment")).isEmpty();
    assertThat(strings(test.get("warnings")))
        .containsExactly(
            "maven-jar-plugin:jar (default-jar) runs in package before the tests, but this build"
                + " stopped at test-compile: what it does is missing here.");
  }

  private static JsonNode module(String path) throws IOException {
    return JSON.readTree(reactor.resolve(path).resolve("target/testshard-module.json").toFile());
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }

  /** Runs the machine's mvn in the reactor with the local repository the plugin was put in. */
  private static void mvn(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q"));
    command.add("-Dmaven.repo.local=" + localRepository);
    command.addAll(List.of(args));
    Path log = Files.createTempFile(reactor, "mvn", ".log");
    Process process =
        new ProcessBuilder(command)
            .directory(reactor.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
    assertThat(process.exitValue()).as("%s failed:%n%s", command, Files.readString(log)).isZero();
  }
}
