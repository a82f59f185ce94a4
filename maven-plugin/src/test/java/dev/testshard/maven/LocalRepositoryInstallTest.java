package dev.testshard.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalRepositoryInstallTest {
  @Test
  void laysTheJarAndPomOutUnderTheCoordinatesOfThePom(@TempDir Path dir) throws Exception {
    Path jar = Files.writeString(dir.resolve("plugin.jar"), "jar");
    Path pom =
        Files.writeString(
            dir.resolve("pom.xml"),
            "<project><parent><groupId>dev.testshard</groupId><version>1.0-SNAPSHOT</version>"
                + "</parent><artifactId>testshard-maven-plugin</artifactId></project>");
    Path repository = dir.resolve("repository");

    LocalRepositoryInstall.Installed installed =
        LocalRepositoryInstall.install(repository, jar, pom);
    LocalRepositoryInstall.install(repository, jar, pom);

    Path version = repository.resolve("dev/testshard/testshard-maven-plugin/1.0-SNAPSHOT");
    assertThat(installed.directory()).isEqualTo(version);
    assertThat(installed.goal("describe"))
        .isEqualTo("dev.testshard:testshard-maven-plugin:1.0-SNAPSHOT:describe");
    try (var files = Files.list(version)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "testshard-maven-plugin-1.0-SNAPSHOT.jar", "testshard-maven-plugin-1.0-SNAPSHOT.pom");
    }
    assertThat(version.resolve("testshard-maven-plugin-1.0-SNAPSHOT.jar")).hasContent("jar");
  }
}
