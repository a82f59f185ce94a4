package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The example PostgreSQL image, built from Debian's packages by the example's own script. */
final class PostgresImage {

  private PostgresImage() {}

  /** Builds the image unless it is there and up to date (the script is quick then). */
  static synchronized void ensure() throws Exception {
    Path script = Examples.dir("notes-service").resolve("postgres-image/build.sh");
    Process process = new ProcessBuilder("bash", script.toString()).inheritIO().start();
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("build.sh finished").isTrue();
    assertThat(process.exitValue()).as("build.sh exit code").isZero();
  }
}
