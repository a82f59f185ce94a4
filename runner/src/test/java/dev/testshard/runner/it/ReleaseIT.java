package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.common.TestshardVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive as a user installs it: unpacked into a directory of its own, its launcher
 * linked from another directory and started from a third, it runs an example to the same report as
 * the checkout's CLI.
 */
class ReleaseIT {

  @TempDir Path temp;

  @Test
  void theUnpackedReleaseRunsAnExampleFromAnyDirectory() throws Exception {
    Path archive = Path.of(System.getProperty("testshard.release"));
    assertThat(archive).isRegularFile();
    Path install = Files.createDirectories(temp.resolve("opt"));
    assertThat(run(temp, "tar", "xzf", archive.toString(), "-C", install.toString()).exitCode())
        .isZero();
    Path home = install.resolve("testshard-" + TestshardVersion.get());
    Path onPath = Files.createDirectories(temp.resolve("bin"));
    Files.createSymbolicLink(onPath.resolve("testshard"), home.resolve("bin/testshard"));
    Path elsewhere = Files.createDirectories(temp.resolve("work"));
    Path project = Examples.copy("multi-module", elsewhere.resolve("multi-module"));

    Command.Result version = run(elsewhere, onPath.resolve("testshard").toString(), "--version");
    Command.Result testshard =
        run(
            elsewhere,
            onPath.resolve("testshard").toString(),
            "run",
            "--project",
            "multi-module",
            "--parallel",
            "2",
            "--progress",
            "plain");

    assertThat(version.exitCode()).as(version.output()).isZero();
    assertThat(version.output()).startsWith("testshard " + TestshardVersion.get());
    assertThat(testshard.exitCode()).as(testshard.output()).isZero();
    Path report = project.resolve("target/testshard/TEST-testshard.xml");
    assertThat(Examples.casesOf(List.of(report)))
        .containsExactlyElementsOf(Examples.expectedTests("multi-module").orElseThrow());
    assertThat(new RunReport(report.getParent()).leftovers().isEmpty()).isTrue();
  }

  private static Command.Result run(Path directory, String... command) throws Exception {
    return Command.run(directory, List.of(command));
  }
}
