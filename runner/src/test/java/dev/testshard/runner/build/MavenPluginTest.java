package dev.testshard.runner.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenPluginTest {

  @TempDir Path home;

  @Test
  void theLocalRepositoryIsMavensDefaultWithoutSettings() {
    assertThat(MavenPlugin.localRepository(home.resolve("p"), List.of(), home))
        .isEqualTo(home.resolve(".m2/repository"));
  }

  @Test
  void theUsersSettingsNameIt() throws IOException {
    Files.createDirectories(home.resolve(".m2"));
    Files.writeString(
        home.resolve(".m2/settings.xml"),
        "<settings><localRepository> ${user.home}/repo </localRepository></settings>");

    assertThat(MavenPlugin.localRepository(home.resolve("p"), List.of(), home))
        .isEqualTo(home.resolve("repo"));
  }

  @Test
  void aMavenArgumentOrTheProjectsMavenConfigWins() throws IOException {
    Path project = Files.createDirectories(home.resolve("p/.mvn")).getParent();
    Files.writeString(project.resolve(".mvn/maven.config"), "-B -Dmaven.repo.local=.repo\n");

    assertThat(MavenPlugin.localRepository(project, List.of(), home))
        .isEqualTo(project.resolve(".repo"));
    assertThat(MavenPlugin.localRepository(project, List.of("-Dmaven.repo.local=/r"), home))
        .isEqualTo(Path.of("/r"));
  }

  @Test
  void installsTheJarAndPomUnderItsCoordinatesOnce() throws IOException {
    Path jar = Files.writeString(home.resolve("plugin.jar"), "jar bytes");
    Path pom = Files.writeString(home.resolve("plugin.pom"), "<project/>");
    MavenPlugin plugin = new MavenPlugin("1.2.3", jar, pom);
    Path repo = home.resolve("repo");

    plugin.installInto(repo);
    Path installed = repo.resolve("dev/testshard/testshard-maven-plugin/1.2.3");
    assertThat(installed.resolve("testshard-maven-plugin-1.2.3.jar")).hasContent("jar bytes");
    assertThat(installed.resolve("testshard-maven-plugin-1.2.3.pom")).hasContent("<project/>");

    Files.writeString(jar, "new bytes");
    plugin.installInto(repo);
    assertThat(installed.resolve("testshard-maven-plugin-1.2.3.jar")).hasContent("new bytes");
    assertThat(installed).isDirectoryNotContaining("glob:**.testshard-*");
    assertThat(plugin.describeGoal())
        .isEqualTo("dev.testshard:testshard-maven-plugin:1.2.3:describe");
  }
}
