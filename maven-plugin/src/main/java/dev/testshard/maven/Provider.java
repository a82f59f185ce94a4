package dev.testshard.maven;

import java.util.Map;
import java.util.Optional;
import org.apache.maven.artifact.versioning.DefaultArtifactVersion;
import org.apache.maven.artifact.versioning.InvalidVersionSpecificationException;
import org.apache.maven.artifact.versioning.VersionRange;

/**
 * The Surefire provider an execution runs its tests with, chosen as Surefire 3.x's {@code
 * ProviderDetector} and {@code AbstractSurefireMojo.createProviders} do: a provider artifact
 * declared as a plugin dependency wins; otherwise the first that applies of JUnit Platform ({@code
 * junit-platform-commons} among the project's artifacts, or {@code junit-platform-engine} among the
 * plugin's, and no {@code junit-platform-runner}), TestNG, JUnit 4.7+ with {@code parallel} or
 * groups, JUnit 4, and JUnit 3 (always).
 */
enum Provider {
  JUNIT_PLATFORM("junit-platform", "surefire-junit-platform"),
  TESTNG("testng", "surefire-testng"),
  JUNIT47("junit47", "surefire-junit47"),
  JUNIT4("junit4", "surefire-junit4"),
  JUNIT3("junit3", "surefire-junit3");

  static final String PLATFORM_COMMONS = "org.junit.platform:junit-platform-commons";
  static final String PLATFORM_ENGINE = "org.junit.platform:junit-platform-engine";
  static final String PLATFORM_RUNNER = "org.junit.platform:junit-platform-runner";

  /** The name in testshard-module.json. */
  final String id;

  /** Surefire's artifact for it (group {@code org.apache.maven.surefire}). */
  final String surefireArtifactId;

  Provider(String id, String surefireArtifactId) {
    this.id = id;
    this.surefireArtifactId = surefireArtifactId;
  }

  /** The facts Surefire decides by. Artifact maps are keyed by {@code groupId:artifactId}. */
  record Facts(
      Map<String, String> projectArtifactVersions,
      Map<String, String> pluginArtifactVersions,
      String junitArtifactName,
      String testNgArtifactName,
      String parallel,
      boolean anyGroups) {}

  static Provider choose(Facts facts) {
    Optional<Provider> declared = declaredAsPluginDependency(facts.pluginArtifactVersions());
    if (declared.isPresent()) {
      return declared.get();
    }
    Map<String, String> project = facts.projectArtifactVersions();
    boolean platform =
        facts.pluginArtifactVersions().containsKey(PLATFORM_ENGINE)
            || project.containsKey(PLATFORM_COMMONS);
    if (platform && !project.containsKey(PLATFORM_RUNNER)) {
      return JUNIT_PLATFORM;
    }
    if (project.containsKey(facts.testNgArtifactName())) {
      return TESTNG;
    }
    String junit = project.get(facts.junitArtifactName());
    String junitDep = project.get("junit:junit-dep");
    boolean concurrencyOrGroups =
        (facts.parallel() != null && !facts.parallel().isBlank()) || facts.anyGroups();
    if (concurrencyOrGroups && (atLeast(junit, "4.7") || atLeast(junitDep, "4.7"))) {
      return JUNIT47;
    }
    if (junitDep != null || atLeast(junit, "4.0")) {
      return JUNIT4;
    }
    return JUNIT3;
  }

  /**
   * A Surefire provider artifact among the plugin's dependencies selects that provider (Surefire
   * finds it through its {@code META-INF/services} entry).
   */
  private static Optional<Provider> declaredAsPluginDependency(Map<String, String> plugin) {
    for (Provider provider : values()) {
      if (plugin.containsKey("org.apache.maven.surefire:" + provider.surefireArtifactId)) {
        return Optional.of(provider);
      }
    }
    return Optional.empty();
  }

  /** Whether the JUnit Vintage engine refuses this JUnit 4 (or 3) version: before 4.12. */
  static boolean vintageRefuses(String junitVersion) {
    return junitVersion != null && !atLeast(junitVersion, "4.12");
  }

  /**
   * How many times Surefire re-runs a failing test of this provider: its {@code
   * rerunFailingTestsCount} for the junit4 and junit47 providers, and for the junit-platform
   * provider since 3.0.0-M4; the testng and junit3 providers ignore it (0).
   */
  static int rerunFailingTestsCount(String provider, String pluginVersion, int configured) {
    boolean reruns =
        switch (provider) {
          case "junit4", "junit47" -> true;
          case "junit-platform" -> pluginVersion == null || atLeast(pluginVersion, "3.0.0-M4");
          default -> false;
        };
    return reruns ? Math.max(0, configured) : 0;
  }

  /**
   * After how many failed tests Surefire skips the rest of this execution ({@code
   * skipAfterFailureCount}), 0 for never: the junit4, junit47 and testng providers stop after that
   * many, the junit-platform provider only since Surefire 3.5.4 and on JUnit Platform 6.0 or later
   * (its cancellation; before, it runs every test, and 3.5.4 says why in a warning of its own); the
   * junit3 provider does not (Surefire refuses the setting without JUnit 4).
   */
  static int skipAfterFailureCount(
      String provider, String pluginVersion, String platformVersion, int configured) {
    boolean stops =
        switch (provider) {
          case "junit4", "junit47", "testng" -> true;
          case "junit-platform" ->
              atLeast(pluginVersion, "3.5.4") && atLeast(platformVersion, "6.0.0-M1");
          default -> false;
        };
    return stops ? Math.max(0, configured) : 0;
  }

  /** Whether a version is within {@code [minimum,)}, by Maven's version ordering. */
  static boolean atLeast(String version, String minimum) {
    if (version == null) {
      return false;
    }
    try {
      return VersionRange.createFromVersionSpec("[" + minimum + ",)")
          .containsVersion(new DefaultArtifactVersion(version));
    } catch (InvalidVersionSpecificationException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
