package com.example.snapshotfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * What testshard's snapshot holds, checked inside the image. {@code .testshardignore} keeps out
 * {@code key.pem} and {@code certs/server.PEM} ({@code *.[pP][eE][mM]}) and {@code
 * config/private.key} ({@code *.key}) but not {@code config/public.key} ({@code !public.key});
 * {@code config/.testshardignore} keeps out {@code config/local/}. The symbolic links are made by
 * the integration test before the run: {@code outside-relative}, {@code outside-absolute} and
 * {@code outside-directory} point at a secret outside the project and must not let it in; {@code
 * data/greeting-link} and {@code data/absolute-link} point at {@code data/greeting.txt} and must
 * work.
 *
 * <p>Paths are relative to the working directory, the project root under Maven and testshard.
 * The checks only run when {@code TESTSHARD_SHARD} is set (under plain Maven the excluded files
 * exist); the first test runs everywhere and makes sure the others look in the right place.
 */
class SnapshotContentTest {

  @Test
  void workingDirectoryIsTheProjectRoot() {
    assertTrue(Files.isRegularFile(Path.of("pom.xml")), "pom.xml in " + Path.of("").toAbsolutePath());
    assertTrue(Files.isRegularFile(Path.of("config", "app.properties")));
  }

  @Test
  @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
  void keysMatchedByACharacterClassAreNotInTheSnapshot() {
    assertFalse(Files.exists(Path.of("key.pem")), "key.pem");
    assertFalse(Files.exists(Path.of("certs", "server.PEM")), "certs/server.PEM");
    assertFalse(Files.exists(Path.of("config", "private.key")), "config/private.key");
  }

  @Test
  @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
  void aReIncludedKeyIsInTheSnapshot() {
    assertTrue(Files.isRegularFile(Path.of("config", "public.key")), "config/public.key");
  }

  @Test
  @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
  void aDirectoryExcludedByASubdirectoryIgnoreFileIsNotInTheSnapshot() {
    assertFalse(Files.exists(Path.of("config", "local")), "config/local/");
  }

  @Test
  @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
  void linksOutOfTheProjectAreLinksWithoutTheirTargets() throws IOException {
    for (String name : new String[] {"outside-relative", "outside-absolute", "outside-directory"}) {
      Path link = Path.of(name);
      assertTrue(Files.isSymbolicLink(link), name + " is a symbolic link");
      assertFalse(Files.exists(link), name + " points at nothing in the image");
    }
  }

  @Test
  @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
  void linksInsideTheProjectWork() throws IOException {
    for (String name : new String[] {"greeting-link", "absolute-link"}) {
      Path link = Path.of("data", name);
      assertTrue(Files.isSymbolicLink(link), name + " is a symbolic link");
      assertEquals("hello from inside the project\n", Files.readString(link), name);
    }
  }

  /**
   * The programs a test may start are there, as on the host where Maven Surefire runs it: a shell
   * at {@code /bin/sh}, {@code ln -s}, {@code chmod}, {@code readlink}. Runs everywhere.
   */
  @Test
  void theShellAndBasicToolsAreThere() throws Exception {
    Path dir = Files.createTempDirectory("tools");
    Path target = Files.writeString(dir.resolve("target.txt"), "x");
    String script =
        "cd '" + dir + "' && ln -s target.txt link && chmod 0400 target.txt && readlink link";
    Process process =
        new ProcessBuilder("/bin/sh", "-c", script).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes()).strip();

    assertEquals(0, process.waitFor(), output);
    assertEquals("target.txt", output);
    assertTrue(Files.isSymbolicLink(dir.resolve("link")));
    assertEquals("r--------", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(target)));
  }
}
