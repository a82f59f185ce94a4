package dev.testshard.runner.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {

  @TempDir Path dir;

  private Path jar(String name, String... entries) throws Exception {
    Path jar = dir.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void jarsOfJUnitClassesOnlyGoFirst() throws Exception {
    assertThat(
            ClassDataSharing.isJUnitJar(
                jar(
                    "junit-platform-launcher-1.10.5.jar",
                    "META-INF/MANIFEST.MF",
                    "module-info.class",
                    "META-INF/versions/9/org/junit/platform/launcher/X.class",
                    "org/junit/platform/launcher/Launcher.class")))
        .isTrue();
    assertThat(ClassDataSharing.isJUnitJar(jar("junit-4.13.2.jar", "junit/framework/Test.class")))
        .isTrue();
    assertThat(
            ClassDataSharing.isJUnitJar(
                jar("opentest4j-1.3.0.jar", "org/opentest4j/AssertionFailedError.class")))
        .isTrue();
  }

  @Test
  void aJarWithAnyOtherClassOrAnotherNameKeepsItsPlace() throws Exception {
    assertThat(
            ClassDataSharing.isJUnitJar(
                jar(
                    "junit-jupiter-api-5.10.5.jar",
                    "org/junit/jupiter/api/Test.class",
                    "com/acme/Patched.class")))
        .isFalse();
    assertThat(
            ClassDataSharing.isJUnitJar(
                jar("junit-pioneer-2.2.0.jar", "org/junitpioneer/jupiter/RetryingTest.class")))
        .isFalse();
    assertThat(
            ClassDataSharing.isJUnitJar(
                jar("acme-testkit-1.0.jar", "org/junit/jupiter/api/Test.class")))
        .isFalse();
    assertThat(ClassDataSharing.isJUnitJar(jar("junit-empty-1.0.jar", "META-INF/MANIFEST.MF")))
        .isFalse();
    assertThat(ClassDataSharing.isJUnitJar(dir.resolve("junit-missing-1.0.jar"))).isFalse();
  }

  @Test
  void theTrainingStepIsAnExecFormRunWithItsArgumentsQuoted() {
    List<String> prefix =
        List.of("/testshard/agent/agent.jar", "/testshard/deps/ab/junit \"x\".jar");

    String step = ClassDataSharing.trainingStep("k1", prefix);

    assertThat(step)
        .isEqualTo(
            "RUN [\"java\", \"-XX:-UsePerfData\", \"-cp\","
                + " \"/testshard/agent/agent.jar:/testshard/deps/ab/junit \\\"x\\\".jar\","
                + " \"dev.testshard.agent.AgentMain\", \"cds\", \"/testshard/cds/k1.jsa\","
                + " \"/testshard/cds/k1.args\"]\n");
    assertThat(ClassDataSharing.key(prefix)).isEqualTo(ClassDataSharing.key(List.copyOf(prefix)));
    assertThat(ClassDataSharing.key(prefix))
        .isNotEqualTo(ClassDataSharing.key(prefix.subList(0, 1)));
  }
}
