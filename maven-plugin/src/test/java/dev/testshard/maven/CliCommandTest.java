package dev.testshard.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliCommandTest {

  @TempDir Path temp;

  private final CliCommand command =
      new CliCommand(Path.of("/jdk/bin/java"), Path.of("/opt/testshard.jar"), Path.of("/p"));

  @Test
  void setParametersBecomeTheCliOptionsAndUnsetOnesAreLeftToTheCli() {
    List<String> words =
        command
            .option("--parallel", 4)
            .option("--shard-by", null)
            .option("--memory", " ")
            .negatable("dynamic", false)
            .negatable("other", null)
            .flag("--failsafe", true)
            .flag("--keep-on-failure", false)
            .extra(List.of("--keep-image", ""))
            .words();

    assertThat(words)
        .containsExactly(
            "/jdk/bin/java",
            "-XX:TieredStopAtLevel=1",
            "-jar",
            "/opt/testshard.jar",
            "run",
            "--project",
            "/p",
            "--parallel",
            "4",
            "--no-dynamic",
            "--failsafe",
            "--keep-image");
  }

  @Test
  void theMavenInvocationReachesTheProjectsBuildButNotTheGoalsOwnProperties() {
    Properties user = new Properties();
    user.setProperty("testshard.parallel", "4");
    user.setProperty("test", "CartTest#adds");
    user.setProperty("db.url", "jdbc:h2:mem:x");

    List<String> words =
        command
            .mavenInvocation(
                List.of("ci", "jdk17"),
                List.of("slow"),
                user,
                Path.of("/s/settings.xml"),
                null,
                true)
            .words();

    assertThat(words.subList(7, words.size()))
        .containsExactly(
            "--maven-arg=-Pci,jdk17,!slow",
            "--maven-arg=-Ddb.url=jdbc:h2:mem:x",
            "--maven-arg=-Dtest=CartTest#adds",
            "--maven-arg=--settings=/s/settings.xml",
            "--maven-arg=--offline");
  }

  @Test
  void findsTheCliJarInAnInstallOrACheckoutAndSaysWhereItLookedOtherwise() throws Exception {
    Path install = Files.createDirectories(temp.resolve("install"));
    Files.writeString(install.resolve("testshard.jar"), "");
    Path checkout = Files.createDirectories(temp.resolve("checkout/runner/target"));
    Files.writeString(checkout.resolve("testshard.jar"), "");

    assertThat(TestMojo.jarIn(install, "home")).isEqualTo(install.resolve("testshard.jar"));
    assertThat(TestMojo.jarIn(temp.resolve("checkout"), "home"))
        .isEqualTo(checkout.resolve("testshard.jar"));
    assertThatThrownBy(() -> TestMojo.jarIn(temp.resolve("nowhere"), "TESTSHARD_HOME"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("TESTSHARD_HOME " + temp.resolve("nowhere") + " has no testshard.jar");
  }
}
