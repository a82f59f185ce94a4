package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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

  /**
   * A cluster that does not answer, and no kubeconfig at all: one line each, exit 4, told while
   * Maven still builds (the build is stopped; the client's ten retries, about 40 s, are not waited
   * for).
   */
  @Test
  void aClusterThatDoesNotAnswerIsOneLineAndStopsTheBuild() throws Exception {
    Path kubeconfig = temp.resolve("kubeconfig");
    Files.writeString(
        kubeconfig,
        """
        apiVersion: v1
        kind: Config
        clusters:
        - cluster: {server: "https://127.0.0.1:1", insecure-skip-tls-verify: true}
          name: refused
        contexts:
        - context: {cluster: refused, user: someone}
          name: refused
        current-context: refused
        users:
        - name: someone
          user: {token: abc}
        """);
    Path project = Examples.copy("multi-package", temp.resolve("project"));
    String[] run = {
      "run",
      "--project",
      project.toString(),
      "--report-dir",
      temp.resolve("report").toString(),
      "--kubernetes",
      "--registry",
      "127.0.0.1:5000/testshard"
    };

    Cli.Result refused = Cli.runProcess(Map.of("KUBECONFIG", kubeconfig.toString()), run);
    assertThat(refused.exitCode()).as(refused.err()).isEqualTo(4);
    assertThat(refused.errLines())
        .containsExactly(
            "testshard: Kubernetes at https://127.0.0.1:1/ did not answer: the connection was"
                + " refused");
    assertThat(refused.out()).as("the build was stopped").doesNotContain("built ");

    Cli.Result none =
        Cli.runProcess(
            Map.of("KUBECONFIG", temp.resolve("none").toString(), "HOME", temp.toString()), run);
    assertThat(none.exitCode()).as(none.err()).isEqualTo(4);
    assertThat(none.errLines())
        .containsExactly(
            "testshard: no Kubernetes cluster to run on: no kubeconfig was found (KUBECONFIG,"
                + " ~/.kube/config) and this is not a pod in a cluster");
  }
}
