package dev.testshard.maven;

import static dev.testshard.maven.DependencyResolver.jar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Exclusion;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The jars testshard adds to an execution's test class path so that the JUnit Platform can run it,
 * resolved the way Surefire resolves its provider's class path ({@code
 * JUnitPlatformProviderInfo.getProviderClasspath}, Surefire 3.x):
 *
 * <ul>
 *   <li>{@code junit-platform}: the plugin's own dependencies when they hold a {@code
 *       junit-platform-engine}; otherwise {@code junit-jupiter-engine} at the version of {@code
 *       junit-jupiter-api} when the project has only the API (and then {@code junit-vintage-engine}
 *       too for JUnit 4 tests); and {@code junit-platform-launcher} at the project's platform
 *       version.
 *   <li>{@code junit3}, {@code junit4}, {@code junit47}: {@code junit-vintage-engine} (the
 *       project's version, else {@value #VINTAGE_VERSION}) with the launcher of the matching
 *       platform.
 *   <li>{@code testng}: {@code org.junit.support:testng-engine} {@value #TESTNG_ENGINE_VERSION}
 *       with engine and launcher of the project's platform (else {@value #PLATFORM_VERSION}).
 * </ul>
 *
 * Transitive dependencies come along, but for the engines' own TestNG or JUnit 4 (the project's is
 * on the class path; a JUnit older than 4.12, which the Vintage engine refuses, is left out of it
 * and the engine's own comes instead); whatever the test class path already has (by {@code
 * groupId:artifactId}, as Surefire narrows) is left out.
 */
final class ProviderClasspath {
  static final String VINTAGE_VERSION = "5.14.1";
  static final String PLATFORM_VERSION = "1.14.1";
  static final String TESTNG_ENGINE_VERSION = "1.0.5";

  private static final String PLATFORM = "org.junit.platform";
  private static final String JUPITER_API = "org.junit.jupiter:junit-jupiter-api";
  private static final String JUPITER_ENGINE = "org.junit.jupiter:junit-jupiter-engine";
  private static final String VINTAGE_ENGINE = "org.junit.vintage:junit-vintage-engine";

  private ProviderClasspath() {}

  /**
   * @param testDependencies the test class path's artifacts, {@code groupId:artifactId} to version
   * @param platformVersion the project's JUnit Platform version (Surefire's {@code
   *     junit-platform-commons} of the project or {@code junit-platform-engine} of the plugin), or
   *     null
   * @param pluginDependencies the plugin's declared dependencies, resolved
   * @param classpath the test class path, so that no file appears twice
   */
  static List<String> compute(
      Provider provider,
      Map<String, String> testDependencies,
      String platformVersion,
      List<ResolvedArtifact> pluginDependencies,
      Collection<String> classpath,
      DependencyResolver resolver)
      throws MojoExecutionException {
    List<ResolvedArtifact> resolved = new ArrayList<>();
    if (provider == Provider.JUNIT_PLATFORM) {
      boolean pluginHasEngine =
          pluginDependencies.stream().anyMatch(a -> a.key().equals(Provider.PLATFORM_ENGINE));
      if (pluginHasEngine) {
        resolved.addAll(pluginDependencies);
      }
      List<Dependency> roots =
          new ArrayList<>(pluginHasEngine ? List.of() : enginesForApi(testDependencies));
      roots.addAll(launcher(platformVersion == null ? PLATFORM_VERSION : platformVersion));
      resolved.addAll(resolver.resolve(roots));
    } else {
      resolved.addAll(resolver.resolve(engineFor(provider, testDependencies, platformVersion)));
    }
    Map<String, String> files = new LinkedHashMap<>();
    for (ResolvedArtifact artifact : resolved) {
      String file = artifact.file().getAbsolutePath();
      if (!testDependencies.containsKey(artifact.key()) && !classpath.contains(file)) {
        files.putIfAbsent(artifact.key(), file);
      }
    }
    return List.copyOf(files.values());
  }

  /** Surefire adds the Jupiter (and Vintage) engine when the project has only the Jupiter API. */
  private static List<Dependency> enginesForApi(Map<String, String> testDependencies) {
    String api = testDependencies.get(JUPITER_API);
    if (api == null || testDependencies.containsKey(JUPITER_ENGINE)) {
      return List.of();
    }
    List<Dependency> engines = new ArrayList<>();
    engines.add(jar("org.junit.jupiter", "junit-jupiter-engine", api));
    boolean junit4 =
        testDependencies.containsKey("junit:junit")
            || testDependencies.containsKey("junit:junit-dep");
    if (junit4 && !testDependencies.containsKey(VINTAGE_ENGINE)) {
      engines.add(jar("org.junit.vintage", "junit-vintage-engine", api));
    }
    return engines;
  }

  private static List<Dependency> engineFor(
      Provider provider, Map<String, String> testDependencies, String platformVersion) {
    List<Dependency> roots = new ArrayList<>();
    if (provider == Provider.TESTNG) {
      String platform = platformVersion == null ? PLATFORM_VERSION : platformVersion;
      // The project's TestNG runs, not the engine's (whose dependencies would come along).
      roots.add(
          without(
              jar("org.junit.support", "testng-engine", TESTNG_ENGINE_VERSION),
              "org.testng",
              "testng"));
      // testng-engine asks for an old platform; the launcher's own version goes first.
      roots.add(jar(PLATFORM, "junit-platform-engine", platform));
      roots.addAll(launcher(platform));
    } else {
      String vintage = testDependencies.getOrDefault(VINTAGE_ENGINE, VINTAGE_VERSION);
      Dependency engine = jar("org.junit.vintage", "junit-vintage-engine", vintage);
      // The project's JUnit runs, unless it is too old for the engine and left out of the test
      // class path (ExecutionDescriber): then the engine's own JUnit comes along.
      roots.add(
          testDependencies.containsKey("junit:junit") ? without(engine, "junit", "junit") : engine);
      roots.addAll(launcher(platformOf(vintage)));
    }
    return roots;
  }

  private static List<Dependency> launcher(String platformVersion) {
    return List.of(jar(PLATFORM, "junit-platform-launcher", platformVersion));
  }

  private static Dependency without(Dependency dependency, String groupId, String artifactId) {
    Exclusion exclusion = new Exclusion();
    exclusion.setGroupId(groupId);
    exclusion.setArtifactId(artifactId);
    dependency.addExclusion(exclusion);
    return dependency;
  }

  /** JUnit 5.x.y engines run on platform 1.x.y; from JUnit 6 on, the versions are the same. */
  static String platformOf(String engineVersion) {
    return engineVersion.startsWith("5.") ? "1." + engineVersion.substring(2) : engineVersion;
  }
}
