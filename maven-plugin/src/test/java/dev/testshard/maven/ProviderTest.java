package dev.testshard.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderTest {
  private static final Map<String, String> JUPITER =
      Map.of("org.junit.jupiter:junit-jupiter-api", "5.14.1", Provider.PLATFORM_COMMONS, "1.14.1");

  @Test
  void junitPlatformCommonsOnTheTestClassPathMeansTheJUnitPlatform() {
    assertThat(choose(JUPITER, Map.of(), null, false)).isEqualTo(Provider.JUNIT_PLATFORM);
  }

  @Test
  void anEngineAmongThePluginsDependenciesMeansTheJUnitPlatformToo() {
    assertThat(
            choose(
                Map.of("junit:junit", "4.13.2"),
                Map.of(Provider.PLATFORM_ENGINE, "1.14.1"),
                null,
                false))
        .isEqualTo(Provider.JUNIT_PLATFORM);
  }

  @Test
  void theJUnitPlatformRunnerKeepsTheJUnit4Provider() {
    Map<String, String> artifacts =
        Map.of(
            Provider.PLATFORM_COMMONS,
            "1.14.1",
            Provider.PLATFORM_RUNNER,
            "1.14.1",
            "junit:junit",
            "4.13.2");

    assertThat(choose(artifacts, Map.of(), null, false)).isEqualTo(Provider.JUNIT4);
  }

  @Test
  void testNgComesBeforeJUnit4() {
    assertThat(
            choose(
                Map.of("org.testng:testng", "7.10.2", "junit:junit", "4.13.2"),
                Map.of(),
                null,
                false))
        .isEqualTo(Provider.TESTNG);
  }

  @Test
  void junit47NeedsParallelOrGroupsAndJUnit47OrLater() {
    Map<String, String> junit413 = Map.of("junit:junit", "4.13.2");

    assertThat(choose(junit413, Map.of(), "classes", false)).isEqualTo(Provider.JUNIT47);
    assertThat(choose(junit413, Map.of(), null, true)).isEqualTo(Provider.JUNIT47);
    assertThat(choose(junit413, Map.of(), " ", false)).isEqualTo(Provider.JUNIT4);
    assertThat(choose(Map.of("junit:junit", "4.5"), Map.of(), "classes", false))
        .isEqualTo(Provider.JUNIT4);
  }

  @Test
  void junit3IsTheFallback() {
    assertThat(choose(Map.of("junit:junit", "3.8.2"), Map.of(), null, false))
        .isEqualTo(Provider.JUNIT3);
    assertThat(choose(Map.of(), Map.of(), null, false)).isEqualTo(Provider.JUNIT3);
  }

  @Test
  void aProviderDeclaredAsPluginDependencyWins() {
    Map<String, String> plugin = Map.of("org.apache.maven.surefire:surefire-junit47", "3.5.4");

    assertThat(choose(JUPITER, plugin, null, false)).isEqualTo(Provider.JUNIT47);
  }

  private static Provider choose(
      Map<String, String> project, Map<String, String> plugin, String parallel, boolean groups) {
    return Provider.choose(
        new Provider.Facts(project, plugin, "junit:junit", "org.testng:testng", parallel, groups));
  }

  /** Read from Surefire's providers: JUnitPlatformProvider re-runs since 3.0.0-M4. */
  @Test
  void onlyTheProvidersThatReRunFailingTestsGetACount() {
    assertThat(Provider.rerunFailingTestsCount("junit-platform", "3.5.4", 2)).isEqualTo(2);
    assertThat(Provider.rerunFailingTestsCount("junit-platform", "3.0.0-M4", 2)).isEqualTo(2);
    assertThat(Provider.rerunFailingTestsCount("junit-platform", "3.0.0-M3", 2)).isZero();
    assertThat(Provider.rerunFailingTestsCount("junit-platform", "2.22.2", 2)).isZero();
    assertThat(Provider.rerunFailingTestsCount("junit4", "2.22.2", 3)).isEqualTo(3);
    assertThat(Provider.rerunFailingTestsCount("junit47", "3.5.4", 1)).isEqualTo(1);
    assertThat(Provider.rerunFailingTestsCount("testng", "3.5.4", 2)).isZero();
    assertThat(Provider.rerunFailingTestsCount("junit3", "3.5.4", 2)).isZero();
    assertThat(Provider.rerunFailingTestsCount("junit-platform", "3.5.4", -1)).isZero();
  }

  /**
   * Surefire's providers that stop after skipAfterFailureCount failed tests: junit4, junit47 and
   * testng always; junit-platform from 3.5.4 on JUnit Platform 6 (before, it runs every test).
   */
  @Test
  void skipAfterFailureCountWhereTheProviderStops() {
    assertThat(Provider.skipAfterFailureCount("junit4", "2.22.2", null, 2)).isEqualTo(2);
    assertThat(Provider.skipAfterFailureCount("junit47", "3.5.4", null, 1)).isEqualTo(1);
    assertThat(Provider.skipAfterFailureCount("testng", "3.0.0", null, 3)).isEqualTo(3);
    assertThat(Provider.skipAfterFailureCount("junit3", "3.5.4", null, 2)).isZero();
    assertThat(Provider.skipAfterFailureCount("junit-platform", "3.5.4", "6.0.1", 2)).isEqualTo(2);
    assertThat(Provider.skipAfterFailureCount("junit-platform", "3.5.4", "5.13.4", 2)).isZero();
    assertThat(Provider.skipAfterFailureCount("junit-platform", "3.5.3", "6.0.1", 2)).isZero();
    assertThat(Provider.skipAfterFailureCount("junit-platform", "3.5.4", null, 2)).isZero();
    assertThat(Provider.skipAfterFailureCount("junit4", "3.5.4", null, -1)).isZero();
  }
}
