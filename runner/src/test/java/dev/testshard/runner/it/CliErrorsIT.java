package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input and a missing engine, through the packaged command as a user runs it: one line on
 * standard error, the documented exit code, no stack trace.
 */
class CliErrorsIT {

  @TempDir Path temp;

  @Test
  void aMissingProjectIsOneLineAndExitCode2() throws Exception {
    Cli.Result result =
        Cli.runProcess(Map.of(), "run", "--project", temp.resolve("nope").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.errLines().get(0)).startsWith("testshard: ").contains("does not exist");
  }

  @Test
  void anUnreachableDockerEngineIsOneLineAndExitCode4() throws Exception {
    Cli.Result result =
        Cli.runProcess(
            Map.of("DOCKER_HOST", "unix://" + temp.resolve("no-docker.sock")),
            "run",
            "--project",
            temp.toString());

    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.errLines().get(0)).startsWith("testshard: ").contains("Docker");
  }

  @Test
  void anUnknownFlagIsExitCode2WithAHelpHintAndNoStackTrace() throws Exception {
    Cli.Result result = Cli.runProcess(Map.of(), "run", "--frobnicate");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--frobnicate").contains("--help").doesNotContain("\tat ");
  }

  @Test
  void aDirectoryThatIsNoMavenProjectIsExitCode2() throws Exception {
    Cli.Result result = Cli.runProcess(Map.of(), "run", "--project", temp.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.errLines().get(0)).contains("no pom.xml");
  }
}
