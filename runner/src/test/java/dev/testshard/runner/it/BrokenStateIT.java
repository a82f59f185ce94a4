package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.DockerJavaEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * testshard's own state and its report directory gone wrong, on the real engine: a corrupt timing
 * history and discovery cache are warnings, a full report directory is one line and exit 2 with no
 * report that looks complete (a real full file system: a tiny tmpfs, which needs root).
 */
class BrokenStateIT {

  private static final Pattern RUN_ID = Pattern.compile("testshard run (\\S+) on ");

  @TempDir static Path shared;
  private static Path project;
  private static String token;

  @TempDir Path temp;

  /**
   * junit5-10 (26 tests, 2 skipped) plus a class of a name of its own, so that its discovery cache
   * entry is this test's alone; built and discovered once (which writes the entry).
   */
  @BeforeAll
  static void buildAndDiscoverOnce() throws Exception {
    project = Examples.copy("junit5-10", shared.resolve("project"));
    token = "Own" + UUID.randomUUID().toString().replace("-", "");
    Path own = project.resolve("src/test/java/errors/state/" + token + "Test.java");
    Files.createDirectories(own.getParent());
    Files.writeString(
        own,
        "package errors.state;\n"
            + "class "
            + token
            + "Test {\n  @org.junit.jupiter.api.Test void runs() {}\n}\n");
    Files.writeString(project.resolve("testshard.yaml"), "env:\n  EXAMPLE_SLEEP_SCALE: \"0\"\n");
    Cli.Result plan = Cli.run("plan", "--project", project.toString());
    assertThat(plan.exitCode()).as(plan.err()).isZero();
  }

  @Test
  void aCorruptTimingHistoryAndDiscoveryCacheAreIgnoredWithOneWarningEach() throws Exception {
    Path entry = discoveryCacheEntry();
    Files.writeString(entry, "{\"format\": \"testshard-discovery/3\", \"classes\": [{\"modu");
    Path history = temp.resolve("state/timings.json");
    Files.createDirectories(history.getParent());
    Files.write(history, new byte[] {0, 1, 2, (byte) 0xff});
    Path reportDir = temp.resolve("report");

    Cli.Result result = runBuilt(history, reportDir);

    assertThat(result.exitCode()).as(result.err()).isZero();
    // The cache is read once, when the plan asks whether discovery has work to do.
    String cacheWarning = "testshard: warning: ignoring the corrupt discovery cache entry " + entry;
    assertThat(result.errLines())
        .hasSize(2)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith(
                        "testshard: warning: ignoring the timing history "
                            + history
                            + ", which cannot be read")
                    .endsWith("; this run plans without it"))
        .anySatisfy(
            line -> assertThat(line).startsWith(cacheWarning).endsWith("; discovering again"));
    assertThat(result.out()).doesNotContain("ignoring the corrupt discovery cache entry");
    RunReport report = new RunReport(reportDir);
    assertThat(Counts.of(report.rootTotals)).isEqualTo(new Counts(27, 0, 0, 2));
    assertThat(report.leftovers().isEmpty()).as("labelled leftovers").isTrue();
    // The next run plans with this run's times again.
    assertThat(Files.readString(history)).contains("errors.state." + token + "Test");
  }

  @Test
  void aFullReportDirectoryIsOneLineAndExitCode2BeforeTheBuild() throws Exception {
    try (TinyFileSystem disk = TinyFileSystem.mount(temp.resolve("full"), 64)) {
      assumeThat(disk).as("mounting a tmpfs needs root").isNotNull();
      disk.fill();
      Path reportDir = disk.dir.resolve("report");

      Cli.Result result =
          Cli.run("run", "--project", project.toString(), "--report-dir", reportDir.toString());

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.errLines())
          .containsExactly(
              "testshard: report directory " + reportDir + ": no space left on device");
      assertThat(result.out()).isEmpty();
    }
  }

  @Test
  void aDiskThatFillsDuringTheRunLeavesNoReportThatLooksComplete() throws Exception {
    // Room for the start's 64 KiB check, not for the report with its HTML page.
    try (TinyFileSystem disk = TinyFileSystem.mount(temp.resolve("full"), 72)) {
      assumeThat(disk).as("mounting a tmpfs needs root").isNotNull();
      Path reportDir = disk.dir.resolve("report");
      Path history = temp.resolve("state/timings.json");

      Cli.Result result = runBuilt(history, reportDir);

      assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
      assertThat(result.errLines())
          .containsExactly(
              "testshard: cannot write the report to "
                  + reportDir
                  + ": no space left on device; no report written");
      List<String> left = new ArrayList<>();
      try (Stream<Path> files = Files.walk(reportDir)) {
        files
            .filter(Files::isRegularFile)
            .forEach(f -> left.add(reportDir.relativize(f).toString()));
      }
      assertThat(left).containsExactly(".testshard-report");
      assertThat(history).doesNotExist();
      assertThat(leftovers(result.out()).isEmpty()).as("labelled leftovers").isTrue();
    }
  }

  /** Runs what {@link #buildAndDiscoverOnce} built, with this history and report directory. */
  private static Cli.Result runBuilt(Path history, Path reportDir) {
    return Cli.run(
        "run",
        "--project",
        project.toString(),
        "--no-build",
        "--timings",
        history.toString(),
        "--report-dir",
        reportDir.toString());
  }

  private static Path discoveryCacheEntry() throws Exception {
    Path dir = Path.of(System.getProperty("user.home"), ".cache", "testshard", "discovery");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        if (Files.readString(file, StandardCharsets.UTF_8).contains(token)) {
          return file;
        }
      }
    }
    throw new AssertionError("no discovery cache entry of errors.state." + token + "Test");
  }

  private static ContainerEngine.LabelledResources leftovers(String out) {
    Matcher id = RUN_ID.matcher(out);
    assertThat(id.find()).as(out).isTrue();
    try (ContainerEngine engine = DockerJavaEngine.fromEnvironment()) {
      return engine.findLabelled("dev.testshard.run", id.group(1));
    }
  }
}
