package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.build.MavenPlugin;
import dev.testshard.runner.common.TestshardVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn ... testshard:test} on the real engine: the plugin, installed into the local
 * repository as any testshard run installs it, finds the CLI that installed it, runs the whole
 * reactor once, writes the same report as {@code testshard run}, and fails the build when tests
 * fail.
 */
class MavenGoalIT {

  @TempDir Path temp;

  @Test
  void failingTestsFailTheMavenBuildAndTheReportHasEveryTest() throws Exception {
    Path project = Examples.copy("failing", temp.resolve("failing"));
    installThePlugin(project);

    Command.Result maven =
        Command.mvn(
            project,
            "test-compile",
            "dev.testshard:testshard-maven-plugin:" + TestshardVersion.get() + ":test",
            "-Dtestshard.parallel=2");

    assertThat(maven.exitCode()).as(maven.output()).isEqualTo(1);
    assertThat(maven.output())
        .contains("There are test failures (testshard's report has them).")
        .contains("BUILD FAILURE");
    Path report = project.resolve("target/testshard/TEST-testshard.xml");
    assertThat(Examples.casesOf(List.of(report)))
        .containsExactlyElementsOf(Examples.expectedTests("failing").orElseThrow());
  }

  @Test
  void aPluginDeclaredInThePomRunsTheWholeReactorOnceByItsPrefix() throws Exception {
    Path project = Examples.copy("multi-module", temp.resolve("multi-module"));
    installThePlugin(project);
    Path pom = project.resolve("pom.xml");
    String declared =
        Files.readString(pom)
            .replaceFirst(
                "<build>",
                "<build>\n<plugins><plugin><groupId>dev.testshard</groupId>"
                    + "<artifactId>testshard-maven-plugin</artifactId><version>"
                    + TestshardVersion.get()
                    + "</version></plugin></plugins>");
    assertThat(declared).isNotEqualTo(Files.readString(pom));
    Files.writeString(pom, declared);

    Command.Result maven =
        Command.mvn(project, "test-compile", "testshard:test", "-Dtestshard.shardBy=module", "-q");

    assertThat(maven.exitCode()).as(maven.output()).isZero();
    Path report = project.resolve("target/testshard/TEST-testshard.xml");
    assertThat(Examples.casesOf(List.of(report)))
        .containsExactlyElementsOf(Examples.expectedTests("multi-module").orElseThrow());
    assertThat(project.resolve("core/target/testshard")).doesNotExist();
  }

  @Test
  void skipTestsSkipsTheGoal() throws Exception {
    Path project = Examples.copy("failing", temp.resolve("skipped"));
    installThePlugin(project);

    Command.Result maven =
        Command.mvn(
            project,
            "dev.testshard:testshard-maven-plugin:" + TestshardVersion.get() + ":test",
            "-DskipTests");

    assertThat(maven.exitCode()).as(maven.output()).isZero();
    assertThat(maven.output()).contains("Tests are skipped.");
    assertThat(project.resolve("target/testshard")).doesNotExist();
  }

  /** What every testshard run does before its build: the plugin, and where this CLI is. */
  private static void installThePlugin(Path project) {
    MavenPlugin.shipped()
        .installInto(
            MavenPlugin.localRepository(
                project, List.of(), Path.of(System.getProperty("user.home"))));
  }
}
