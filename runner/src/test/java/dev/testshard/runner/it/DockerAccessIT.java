package dev.testshard.runner.it;

import static java.nio.file.StandardOpenOption.APPEND;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.DockerJavaEngine;
import dev.testshard.runner.snapshot.HostJdkBaseImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Testcontainers example (the real library, a locally built image, no Ryuk): with {@code
 * docker-access: true} in its testshard.yaml every class passes, including one that starts a
 * singleton container and never stops it, and no container Testcontainers started outlives the run.
 * Without the opt-in the classes that needed Docker are named in one warning line at the end, and
 * the run is red (the classes that need Docker fail) rather than silently green.
 */
class DockerAccessIT {

  private static final String ECHO_IMAGE = "testshard-example/echo:1";

  private static final List<String> DOCKER_CLASSES =
      List.of(
          "com.example.echo.EchoContainerTest",
          "com.example.echo.OptionalEchoTest",
          "com.example.echo.SharedEchoTest");

  @TempDir Path temp;

  @BeforeAll
  static void buildTheEchoImageFromTheHostJdkImage() throws Exception {
    try (ContainerEngine engine = DockerJavaEngine.fromEnvironment()) {
      String base =
          new HostJdkBaseImage(engine, HostJdkBaseImage.hostJavaHome())
              .ensure(Map.of("dev.testshard", "true", "dev.testshard.cache", "true"), () -> {});
      Path context = Examples.dir("testcontainers").resolve("echo-image");
      String dockerfile =
          Files.readString(context.resolve("Dockerfile"))
              .replace("ARG BASE\nFROM ${BASE}", "FROM " + base);
      engine.build(
          out ->
              tar(
                  out,
                  Map.of(
                      "Dockerfile",
                      dockerfile.getBytes(StandardCharsets.UTF_8),
                      "Echo.java",
                      Files.readAllBytes(context.resolve("Echo.java")))),
          ECHO_IMAGE,
          Map.of());
    }
  }

  @Test
  void withTheOptInTheTestcontainersClassesPassAndNoContainerOutlivesTheRun() throws Exception {
    Path project = Examples.copy("testcontainers", temp.resolve("testcontainers"));
    Set<String> before = testcontainersContainers();

    Path reportDir = temp.resolve("with-access");
    Cli.Result result = Cli.runOnTwo(project, reportDir);

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    RunReport report = new RunReport(reportDir);
    assertThat(Counts.of(report.caseTotals()))
        .isEqualTo(Counts.of(Examples.expected("testcontainers")));
    assertThat(report.caseTotals().passed()).isEqualTo(5);
    assertThat(result.out() + result.err()).doesNotContain("found no Docker engine");
    // Testcontainers (without Ryuk) removes its containers in a shutdown hook of the test JVM.
    assertThat(testcontainersContainers()).isSubsetOf(before);
  }

  @Test
  void aContainerOfATestJvmKilledMidTestIsRemovedWhenItsShardEnds() throws Exception {
    Path project = Examples.copy("testcontainers", temp.resolve("testcontainers"));
    Files.writeString(
        project.resolve("testshard.yaml"), "\nenv:\n  ECHO_STUCK: \"true\"\n", APPEND);
    Set<String> before = testcontainersContainers();

    Path reportDir = temp.resolve("stuck");
    Cli.Result result =
        Cli.runOnTwo(project, reportDir, "--include", ".*StuckEchoTest", "--shard-timeout", "40s");

    assertThat(result.exitCode()).as(result.out() + result.err()).isNotZero();
    // No shutdown hook ran: the container is gone because the shard's sweep removed it.
    assertThat(testcontainersContainers()).isSubsetOf(before);
    try (var logs = Files.walk(reportDir.resolve("shards"))) {
      String allLogs =
          logs.filter(path -> path.getFileName().toString().equals("output.log"))
              .map(DockerAccessIT::read)
              .collect(Collectors.joining("\n"));
      assertThat(allLogs)
          .contains("echo container started; hanging")
          .contains("removed 1 containers and 0 networks the tests left (Testcontainers session ");
    }
  }

  @Test
  void withoutTheOptInOneWarningLineNamesEveryClassThatNeededDockerAndTheRunIsRed()
      throws Exception {
    Path project = Examples.copy("testcontainers", temp.resolve("testcontainers"));
    Files.delete(project.resolve("testshard.yaml"));

    Path reportDir = temp.resolve("without-access");
    Cli.Result result = Cli.runOnTwo(project, reportDir);

    assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
    List<String> warnings =
        result.out().lines().filter(line -> line.contains("found no Docker engine")).toList();
    assertThat(warnings)
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line)
                  .startsWith("testshard: warning: 3 classes found no Docker engine")
                  .contains(String.join(", ", DOCKER_CLASSES))
                  .contains("--docker-access")
                  .doesNotContain("PlainTest");
            });
    // After the totals and the report's path: the last thing the summary says.
    assertThat(result.out()).containsSubsequence("report: ", warnings.get(0));
    RunReport report = new RunReport(reportDir);
    assertThat(report.testCase("com.example.echo.PlainTest", "addsWithoutAnyContainer"))
        .map(TestCaseResult::outcome)
        .hasValue(Outcome.PASSED);
    assertThat(report.testCase("com.example.echo.OptionalEchoTest", "answersInItsOwnContainer"))
        .map(TestCaseResult::outcome)
        .hasValue(Outcome.SKIPPED);
  }

  /** Ids of the containers Testcontainers made on this engine (of any session). */
  private static Set<String> testcontainersContainers() {
    try (ContainerEngine engine = DockerJavaEngine.fromEnvironment()) {
      return Set.copyOf(engine.findLabelled("org.testcontainers", null).containers());
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void tar(OutputStream out, Map<String, byte[]> files) throws IOException {
    TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      TarArchiveEntry entry = new TarArchiveEntry(file.getKey());
      entry.setSize(file.getValue().length);
      tar.putArchiveEntry(entry);
      tar.write(file.getValue());
      tar.closeArchiveEntry();
    }
    tar.finish();
  }
}
