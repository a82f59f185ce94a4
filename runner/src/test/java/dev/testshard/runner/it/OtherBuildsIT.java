package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.DockerJavaEngine;
import dev.testshard.runner.snapshot.HostJdkBaseImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Projects built by other tools, and base images named by the user. */
class OtherBuildsIT {

  @TempDir Path temp;

  @Test
  void runsAProjectFromAnExplicitClassPathWithoutBuildingIt() throws Exception {
    Path project = Examples.copy("junit5-10", temp.resolve("project"));
    // Stand-in for another build tool: compile and write the class path, then hand both over.
    Process build =
        new ProcessBuilder(
                "mvn",
                "-B",
                "-q",
                "test-compile",
                "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath",
                "-Dmdep.outputFile=deps.txt")
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(temp.resolve("build.log").toFile())
            .start();
    assertThat(build.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(build.exitValue()).isZero();
    String deps = Files.readString(project.resolve("deps.txt"), StandardCharsets.UTF_8).strip();

    Cli.Result result =
        Cli.run(
            "run",
            "--project",
            project.toString(),
            "--test-classes",
            "target/test-classes",
            "--classpath",
            "target/classes" + File.pathSeparator + deps,
            "--report-dir",
            temp.resolve("report").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).doesNotContain("building with Maven");
    RunReport report = new RunReport(temp.resolve("report"));
    assertThat(Counts.of(report.rootTotals)).isEqualTo(Counts.of(Examples.expected("junit5-10")));
  }

  @Test
  void runsOnABaseImageNamedByTheUser() throws Exception {
    String image;
    try (ContainerEngine engine = DockerJavaEngine.fromEnvironment()) {
      image =
          new HostJdkBaseImage(engine, HostJdkBaseImage.hostJavaHome())
              .ensure(Map.of("dev.testshard", "true", "dev.testshard.cache", "true"), () -> {});
    }
    Path project = Examples.copy("junit4", temp.resolve("project"));

    Cli.Result result =
        Cli.run(
            "run",
            "--project",
            project.toString(),
            "--base-image",
            image,
            "--report-dir",
            temp.resolve("report").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("base image " + image + " ready");
    RunReport report = new RunReport(temp.resolve("report"));
    assertThat(Counts.of(report.rootTotals)).isEqualTo(Counts.of(Examples.expected("junit4")));
    assertThat(report.leftovers().isEmpty()).isTrue();
  }

  @Test
  void aBaseImageThatCannotBeFoundIsOneLineAndExitCode2() throws Exception {
    Path project = Examples.copy("junit4", temp.resolve("project"));

    Cli.Result result =
        Cli.run(
            "run",
            "--project",
            project.toString(),
            "--base-image",
            "testshard-nonexistent/java:0",
            "--report-dir",
            temp.resolve("report").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.errLines().get(0))
        .startsWith("testshard: base image testshard-nonexistent/java:0");
  }
}
