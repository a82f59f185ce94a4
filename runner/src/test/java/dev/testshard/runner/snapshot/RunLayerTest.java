package dev.testshard.runner.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    return layerOf(project);
  }

  /** A layer of {@code project}'s pom.xml and test classes, with one module's descriptors. */
  static RunLayer layerOf(Path project) {
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

  @Test
  void linksGoInAsLinksSoNoTargetOutsideTheProjectIsRead(@TempDir Path outside) throws Exception {
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Path secret = Files.writeString(outside.resolve("id_rsa"), "PRIVATE KEY 1234");
    Files.createSymbolicLink(project.resolve("key"), secret);
    Files.createSymbolicLink(project.resolve("pom-link.xml"), Path.of("pom.xml"));
    Files.createSymbolicLink(project.resolve("home"), outside);
    Files.createDirectories(project.resolve("target/test-classes"));
    Files.createSymbolicLink(project.resolve("target/test-classes/leak.txt"), secret);
    ProjectFiles files = ProjectFiles.list(project);
    RunLayer layer =
        new RunLayer(
            files, List.of(project.resolve("target/test-classes")), List.of(), Map.of(), Map.of());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    layer.writeTo(out);
    Map<String, TarArchiveEntry> entries = write(layer);

    assertThat(out.toString(StandardCharsets.ISO_8859_1)).doesNotContain("PRIVATE KEY");
    assertThat(entries.get("workspace/key").isSymbolicLink()).isTrue();
    assertThat(entries.get("workspace/key").getLinkName()).isEqualTo(secret.toString());
    assertThat(entries.get("workspace/pom-link.xml").getLinkName()).isEqualTo("pom.xml");
    assertThat(entries.get("workspace/home").isSymbolicLink()).isTrue();
    assertThat(entries.get("workspace/target/test-classes/leak.txt").isSymbolicLink()).isTrue();
    assertThat(entries.get("workspace/pom.xml").isFile()).isTrue();
    assertThat(entries.keySet()).noneMatch(name -> name.startsWith("workspace/home/"));
  }

  @Test
  void aProjectFileReplacedByALinkAfterTheListingIsNotFollowed(@TempDir Path outside)
      throws Exception {
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    ProjectFiles files = ProjectFiles.list(project);
    Files.delete(project.resolve("pom.xml"));
    Files.createSymbolicLink(
        project.resolve("pom.xml"), Files.writeString(outside.resolve("s"), "PRIVATE KEY"));
    RunLayer layer = new RunLayer(files, List.of(), List.of(), Map.of(), Map.of());

    assertThatThrownBy(() -> layer.writeTo(new ByteArrayOutputStream()))
        .isInstanceOf(IOException.class);
  }
}
