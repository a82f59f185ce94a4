package dev.testshard.runner.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostPathsTest {

  @TempDir Path dir;

  private Path project;
  private Path repo;
  private final Map<String, Path> deps = new LinkedHashMap<>();
  private HostPaths paths;

  @BeforeEach
  void layout() throws IOException {
    project = Files.createDirectories(dir.resolve("shop"));
    repo = Files.createDirectories(dir.resolve("m2"));
    paths = new HostPaths(project, repo, deps);
  }

  @Test
  void aPathIntoTheProjectGoesToTheWorkspaceWhetherItExistsOrNot() {
    assertThat(paths.map(project + "/target/jacoco.exec"))
        .isEqualTo("/workspace/target/jacoco.exec");
    assertThat(paths.map("-Dbase=" + project)).isEqualTo("-Dbase=/workspace");
    assertThat(deps).isEmpty();
  }

  @Test
  void aJavaAgentFromTheLocalRepositoryIsCopiedAndRenamed() throws IOException {
    Path agent = Files.createDirectories(repo.resolve("org/jacoco")).resolve("agent-runtime.jar");
    Files.writeString(agent, "jar");

    String mapped =
        paths.map(
            "-javaagent:" + agent + "=destfile=" + project + "/target/jacoco.exec,append=true");

    String inImage = ContainerLayout.inDeps(agent);
    assertThat(mapped)
        .isEqualTo("-javaagent:" + inImage + "=destfile=/workspace/target/jacoco.exec,append=true");
    assertThat(deps).containsEntry(inImage, agent);
  }

  @Test
  void otherFilesOutsideTheProjectAreNeverCopied() throws IOException {
    Path secret = Files.writeString(dir.resolve("id_rsa"), "key");

    assertThat(paths.map("-Dkey=" + secret)).isEqualTo("-Dkey=" + secret);
    assertThat(paths.map("-Djava.io.tmpdir=/tmp/x")).isEqualTo("-Djava.io.tmpdir=/tmp/x");
    assertThat(deps).isEmpty();
  }

  @Test
  void slashesInsideWordsAreNotPaths() {
    assertThat(paths.map("java.base/java.lang=ALL-UNNAMED"))
        .isEqualTo("java.base/java.lang=ALL-UNNAMED");
    assertThat(paths.map("-Xbootclasspath/a:" + project + "/lib/x.jar"))
        .isEqualTo("-Xbootclasspath/a:/workspace/lib/x.jar");
  }

  @Test
  void aSiblingDirectoryWithTheSamePrefixIsNotTheProject() {
    assertThat(paths.map(project + "-old/x")).isEqualTo(project + "-old/x");
  }
}
