package dev.testshard.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Dependency;
import org.junit.jupiter.api.Test;

class ProviderClasspathTest {
  /** Resolves each root to itself plus the platform jars it would bring, and records the roots. */
  private static final class FakeResolver implements DependencyResolver {
    final List<String> roots = new ArrayList<>();
    final List<String> exclusions = new ArrayList<>();

    @Override
    public List<ResolvedArtifact> resolve(List<Dependency> dependencies) {
      List<ResolvedArtifact> resolved = new ArrayList<>();
      for (Dependency d : dependencies) {
        roots.add(d.getArtifactId() + ":" + d.getVersion());
        d.getExclusions()
            .forEach(e -> exclusions.add(d.getArtifactId() + " without " + e.getArtifactId()));
        resolved.add(artifact(d.getGroupId(), d.getArtifactId(), d.getVersion()));
        if (d.getArtifactId().startsWith("junit-platform-launcher")) {
          resolved.add(artifact("org.junit.platform", "junit-platform-engine", d.getVersion()));
          resolved.add(artifact("org.junit.platform", "junit-platform-commons", d.getVersion()));
          resolved.add(artifact("org.opentest4j", "opentest4j", "1.3.0"));
        }
      }
      return resolved;
    }
  }

  private final FakeResolver resolver = new FakeResolver();

  @Test
  void theJUnitPlatformGetsLauncherAndReportingAtTheProjectsPlatformVersionLessWhatItHas()
      throws Exception {
    Map<String, String> deps =
        Map.of(
            "org.junit.jupiter:junit-jupiter-api", "5.12.2",
            "org.junit.jupiter:junit-jupiter-engine", "5.12.2",
            "org.junit.platform:junit-platform-engine", "1.12.2",
            "org.junit.platform:junit-platform-commons", "1.12.2",
            "org.opentest4j:opentest4j", "1.3.0");

    List<String> jars = jars(Provider.JUNIT_PLATFORM, deps, "1.12.2");

    assertThat(resolver.roots)
        .as("the launcher only, as Surefire adds it")
        .containsExactly("junit-platform-launcher:1.12.2");
    assertThat(names(jars)).containsExactly("junit-platform-launcher-1.12.2.jar");
  }

  @Test
  void onlyTheJupiterApiBringsTheEngineAndWithJUnit4TheVintageEngineAsSurefireDoes()
      throws Exception {
    Map<String, String> deps =
        Map.of(
            "org.junit.jupiter:junit-jupiter-api", "6.0.1",
            "org.junit.platform:junit-platform-commons", "6.0.1",
            "junit:junit", "4.13.2");

    jars(Provider.JUNIT_PLATFORM, deps, "6.0.1");

    assertThat(resolver.roots)
        .containsExactly(
            "junit-jupiter-engine:6.0.1",
            "junit-vintage-engine:6.0.1",
            "junit-platform-launcher:6.0.1");
  }

  @Test
  void anEngineAmongThePluginsDependenciesComesAlong() throws Exception {
    List<ResolvedArtifact> plugin =
        List.of(
            artifact("org.junit.jupiter", "junit-jupiter-engine", "5.14.1"),
            artifact("org.junit.platform", "junit-platform-engine", "1.14.1"));

    List<String> jars =
        ProviderClasspath.compute(
            Provider.JUNIT_PLATFORM,
            Map.of("org.junit.jupiter:junit-jupiter-api", "5.14.1"),
            "1.14.1",
            plugin,
            List.of(),
            resolver);

    assertThat(resolver.roots).containsExactly("junit-platform-launcher:1.14.1");
    assertThat(names(jars))
        .startsWith("junit-jupiter-engine-5.14.1.jar", "junit-platform-engine-1.14.1.jar");
  }

  @Test
  void junit4RunsOnTheVintageEngineWithTheMatchingPlatform() throws Exception {
    List<String> jars =
        jars(
            Provider.JUNIT4,
            Map.of("junit:junit", "4.13.2", "org.hamcrest:hamcrest-core", "1.3"),
            null);

    assertThat(resolver.roots)
        .containsExactly("junit-vintage-engine:5.14.1", "junit-platform-launcher:1.14.1");
    assertThat(names(jars))
        .containsExactly(
            "junit-vintage-engine-5.14.1.jar",
            "junit-platform-launcher-1.14.1.jar",
            "junit-platform-engine-1.14.1.jar",
            "junit-platform-commons-1.14.1.jar",
            "opentest4j-1.3.0.jar");
    assertThat(resolver.exclusions).containsExactly("junit-vintage-engine without junit");
  }

  /** A JUnit older than 4.12 is left out of the test class path; the engine's own comes along. */
  @Test
  void withoutTheProjectsJUnitTheVintageEnginesOwnComesAlong() throws Exception {
    jars(Provider.JUNIT3, Map.of("org.example:util", "1.0"), null);

    assertThat(resolver.roots)
        .containsExactly("junit-vintage-engine:5.14.1", "junit-platform-launcher:1.14.1");
    assertThat(resolver.exclusions).isEmpty();
  }

  @Test
  void testNgRunsOnTheTestNgEngineWithTheLaunchersPlatformFirst() throws Exception {
    jars(Provider.TESTNG, Map.of("org.testng:testng", "7.10.2"), null);

    assertThat(resolver.roots)
        .containsExactly(
            "testng-engine:1.0.5",
            "junit-platform-engine:1.14.1",
            "junit-platform-launcher:1.14.1");
    assertThat(resolver.exclusions).containsExactly("testng-engine without testng");
  }

  @Test
  void aJarAlreadyOnTheClassPathIsNotAddedAgain() throws Exception {
    String launcher =
        artifact("org.junit.platform", "junit-platform-launcher", "1.14.1")
            .file()
            .getAbsolutePath();

    List<String> jars =
        ProviderClasspath.compute(
            Provider.JUNIT_PLATFORM, Map.of(), "1.14.1", List.of(), List.of(launcher), resolver);

    assertThat(jars).doesNotContain(launcher).isNotEmpty();
  }

  @Test
  void platformVersionsFollowTheEngines() {
    assertThat(ProviderClasspath.platformOf("5.14.1")).isEqualTo("1.14.1");
    assertThat(ProviderClasspath.platformOf("6.0.1")).isEqualTo("6.0.1");
  }

  private List<String> jars(Provider provider, Map<String, String> deps, String platform)
      throws Exception {
    return ProviderClasspath.compute(provider, deps, platform, List.of(), List.of(), resolver);
  }

  private static ResolvedArtifact artifact(String groupId, String artifactId, String version) {
    return new ResolvedArtifact(
        groupId,
        artifactId,
        version,
        new File("/repo/" + artifactId + "/" + artifactId + "-" + version + ".jar"));
  }

  private static List<String> names(List<String> paths) {
    return paths.stream().map(p -> new File(p).getName()).toList();
  }
}
