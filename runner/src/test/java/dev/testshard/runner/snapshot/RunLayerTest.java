package dev.testshard.runner.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLayerTest {

  @TempDir Path project;

  private RunLayer layer() {
    return new RunLayer(
        new ProjectFiles(project, List.of("pom.xml"), ""),
        List.of(project.resolve("target/test-classes")),
        List.of(),
        Map.of("run/modules/m0/classpath", "/workspace/target/test-classes\n"),
        Map.of("run/modules/m0/jvm-args", "/testshard/cds/x.args"));
  }

  private Map<String, TarArchiveEntry> write(RunLayer layer) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    layer.writeTo(out);
    Map<String, TarArchiveEntry> entries = new HashMap<>();
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        entries.put(entry.getName(), entry);
      }
    }
    return entries;
  }

  private void classFile(String content) throws Exception {
    Path file = project.resolve("target/test-classes/com/acme/CartTest.class");
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  @Test
  void theWorkspaceBelongsToTheTestUserAndTheDescriptorsToRoot() throws Exception {
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    classFile("v1");

    Map<String, TarArchiveEntry> entries = write(layer());

    assertThat(entries.get("workspace/").getLongUserId()).isEqualTo(10001);
    assertThat(entries.get("workspace/pom.xml").getLongUserId()).isEqualTo(10001);
    assertThat(
            entries.get("workspace/target/test-classes/com/acme/CartTest.class").getLongGroupId())
        .isEqualTo(10001);
    assertThat(entries.get("testshard/run/modules/m0/classpath").getLongUserId()).isZero();
    assertThat(entries.get("testshard/run/modules/m0/jvm-args").isSymbolicLink()).isTrue();
    assertThat(entries.get("testshard/run/modules/m0/jvm-args").getLinkName())
        .isEqualTo("/testshard/cds/x.args");
  }

  @Test
  void theClassPathDigestFollowsTheClassesButNotOtherProjectFiles() throws Exception {
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    classFile("v1");
    RunLayer first = layer();
    write(first);

    Files.writeString(project.resolve("pom.xml"), "<project><!-- edited --></project>");
    Files.setLastModifiedTime(
        project.resolve("target/test-classes/com/acme/CartTest.class"),
        java.nio.file.attribute.FileTime.fromMillis(42));
    RunLayer sameClasses = layer();
    write(sameClasses);

    classFile("v2");
    RunLayer changedClass = layer();
    write(changedClass);

    assertThat(sameClasses.classPathDigest()).isEqualTo(first.classPathDigest());
    assertThat(changedClass.classPathDigest()).isNotEqualTo(first.classPathDigest());
  }
}
