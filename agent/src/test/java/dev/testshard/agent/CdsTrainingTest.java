package dev.testshard.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class data sharing training never fails an image build. Here the class path holds directories
 * (this test's own), from which a JVM cannot archive: the training says so and leaves the argument
 * file empty, so that shard JVMs start as they would without it.
 */
class CdsTrainingTest {

  @TempDir Path dir;

  @Test
  void aClassPathAJvmCannotArchiveLeavesTheArgumentFileEmptyAndExitsWith0() throws Exception {
    Path archive = dir.resolve("x.jsa");
    Path argsFile = dir.resolve("x.args");
    Files.writeString(argsFile, "-XX:SharedArchiveFile=stale.jsa\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status =
        CdsTraining.run(
            List.of(archive.toString(), argsFile.toString()),
            new EventStream(new PrintStream(out, true, StandardCharsets.UTF_8)));

    assertThat(status).isZero();
    assertThat(argsFile).isEmptyFile();
    assertThat(archive).doesNotExist();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("class data sharing: no archive")
        .contains("\"event\":\"finished\"");
  }

  @Test
  void wrongArgumentsAreAnAgentError() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status =
        CdsTraining.run(
            List.of("only-one"),
            new EventStream(new PrintStream(out, true, StandardCharsets.UTF_8)));

    assertThat(status).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: cds ARCHIVE ARGS_FILE");
  }
}
