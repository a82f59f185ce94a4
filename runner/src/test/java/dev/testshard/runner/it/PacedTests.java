package dev.testshard.runner.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Two test classes of three tests each, every test busy for a few seconds under testshard (they
 * pass at once under plain Maven): a run long enough to be interrupted, killed or swept at, short
 * enough to finish in a test. Written into a copy of an example before it is built.
 */
final class PacedTests {

  static final String PACKAGE = "com.example.paced";
  static final List<String> CLASSES =
      List.of(PACKAGE + ".FirstPacedTest", PACKAGE + ".SecondPacedTest");
  static final String INCLUDE = "com\\.example\\.paced\\..*";
  static final int TESTS = 6;

  private PacedTests() {}

  static Path addTo(Path project) throws IOException {
    Path dir = project.resolve("src/test/java/com/example/paced");
    Files.createDirectories(dir);
    for (String className : CLASSES) {
      String simpleName = className.substring(PACKAGE.length() + 1);
      Files.writeString(
          dir.resolve(simpleName + ".java"),
          """
          package com.example.paced;

          import org.junit.jupiter.api.Test;

          class %s {

            private static void busy() throws InterruptedException {
              if (System.getenv("TESTSHARD_SHARD") != null) {
                Thread.sleep(5_000);
              }
            }

            @Test
            void one() throws InterruptedException {
              busy();
            }

            @Test
            void two() throws InterruptedException {
              busy();
            }

            @Test
            void three() throws InterruptedException {
              busy();
            }
          }
          """
              .formatted(simpleName));
    }
    return project;
  }
}
