package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/surefire-config, whose tests pass only when each Surefire setting of its POM reaches the
 * test JVM, run by Maven Surefire and by testshard: the same tests with the same outcomes, test by
 * test, and the same coverage from JaCoCo's agent in {@code @{argLine}}.
 */
class SurefireConfigIT {

  @TempDir Path temp;

  @Test
  void sameTestsOutcomesAndCoverageAsSurefire() throws Exception {
    Path bySurefire = SurefireRuns.of("surefire-config");
    Path byTestshard = Examples.copy("surefire-config", temp.resolve("testshard"));

    Cli.Result result =
        Cli.run("run", "--project", byTestshard.toString(), "--parallel", "2", "--no-dynamic");

    assertThat(result.exitCode()).as(result.err()).isZero();
    Set<String> surefire = SurefireRuns.testsIn(SurefireRuns.reports("surefire-config"));
    assertThat(surefire).hasSize(11);
    assertThat(
            SurefireRuns.testsIn(
                List.of(byTestshard.resolve("target/testshard/TEST-testshard.xml"))))
        .isEqualTo(surefire);
    assertThat(result.out()).contains("coverage: JaCoCo data of").contains("target/jacoco.exec");
    assertThat(SurefireRuns.coveredLines(byTestshard))
        .isEqualTo(SurefireRuns.coveredLines(bySurefire))
        .isNotEmpty();
  }

  @Test
  void failsafeRunsTheIntegrationTestsWithFailsafesSettings() throws Exception {
    Path project = Examples.copy("surefire-config", temp.resolve("failsafe"));

    Cli.Result result =
        Cli.run("run", "--project", project.toString(), "--failsafe", "--parallel", "2");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(
            SurefireRuns.testsIn(List.of(project.resolve("target/testshard/TEST-testshard.xml"))))
        .containsExactly(
            "dev.example.config.ConfigIT\tfailsafeKeepsTheArgLineItIsGiven\tPASSED",
            "dev.example.config.ConfigIT\tfailsafesOwnSystemProperty\tPASSED");
  }
}
