package dev.testshard.runner.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ContainerLayoutTest {

  private static final Path PROJECT = Path.of("/home/dev/shop");

  @Test
  void mapsAProjectPathIntoTheWorkspace() {
    assertThat(
            ContainerLayout.inWorkspace(
                PROJECT, PROJECT.resolve("services/api/target/test-classes")))
        .isEqualTo("/workspace/services/api/target/test-classes");
  }

  @Test
  void mapsTheProjectDirectoryToTheWorkspaceItself() {
    assertThat(ContainerLayout.inWorkspace(PROJECT, PROJECT)).isEqualTo("/workspace");
  }

  @Test
  void mapsADependencyUnderDepsKeepingItsFileName() {
    String path = ContainerLayout.inDeps(Path.of("/home/dev/.m2/repository/junit/junit-4.13.jar"));

    assertThat(path).matches("/testshard/deps/[0-9a-f]{12}/junit-4\\.13\\.jar");
  }

  @Test
  void mapsTheSameDependencyToTheSamePlaceInEveryRun() {
    Path jar = Path.of("/home/dev/.m2/repository/junit/junit-4.13.jar");

    // The first 6 bytes of the SHA-256 of the path: the same in every JVM, so image layers stay.
    assertThat(ContainerLayout.inDeps(jar))
        .isEqualTo("/testshard/deps/2a9611fbee3b/junit-4.13.jar")
        .isEqualTo(ContainerLayout.inDeps(Path.of(jar.toString())));
  }

  @Test
  void mapsTwoDependenciesWithTheSameFileNameToDifferentPlaces() {
    String one = ContainerLayout.inDeps(Path.of("/repo/a/1.0/lib.jar"));
    String other = ContainerLayout.inDeps(Path.of("/repo/b/1.0/lib.jar"));

    assertThat(one).isNotEqualTo(other);
    assertThat(one).endsWith("/lib.jar");
    assertThat(other).endsWith("/lib.jar");
  }

  @Test
  void mapsARelativeDependencyPathLikeItsAbsoluteForm() {
    Path relative = Path.of("libs/tool.jar");

    assertThat(ContainerLayout.inDeps(relative))
        .isEqualTo(ContainerLayout.inDeps(relative.toAbsolutePath()));
  }
}
