package dev.testshard.runner.cli;

import static dev.testshard.runner.cli.DockerlessClassesTest.error;
import static dev.testshard.runner.cli.DockerlessClassesTest.result;
import static dev.testshard.runner.cli.DockerlessClassesTest.skipped;
import static dev.testshard.runner.cli.DockerlessClassesTest.suite;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.Problem;
import dev.testshard.report.TestCaseResult;
import dev.testshard.runner.results.ShardResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworklessClassesTest {

  /** jackson-databind's testInetAddress in a shard, as the agent reported it. */
  private static final String UNRESOLVED =
      "Unexpected IOException (of type java.net.UnknownHostException): google.com: Temporary"
          + " failure in name resolution";

  @Test
  void namesClassesThatFailedResolvingOrReachingAHost() {
    List<ShardResult> results =
        List.of(
            result(suite("com.acme.Lookup", error("resolves", UNRESOLVED, null))),
            result(
                suite(
                    "com.acme.Client",
                    error(
                        "fetches",
                        "I/O error",
                        "java.io.IOException: I/O error\nCaused by: java.net.ConnectException:"
                            + " Network is unreachable"))),
            result(suite("com.acme.Typed", unknownHost())));

    assertThat(NetworklessClasses.of(results))
        .containsExactly("com.acme.Client", "com.acme.Lookup", "com.acme.Typed");
  }

  @Test
  void leavesOutRefusedConnectionsSkipsAndOtherFailures() {
    List<ShardResult> results =
        List.of(
            result(
                suite(
                    "com.acme.Local",
                    error("connects", "Connection refused", "java.net.ConnectException")),
                suite("com.acme.Skipped", skipped("later", UNRESOLVED)),
                suite("com.acme.Failing", error("adds", "expected 2 but was 3", "at Cart"))));

    assertThat(NetworklessClasses.of(results)).isEmpty();
    assertThat(NetworklessClasses.warning(results)).isEmpty();
  }

  @Test
  void warnsInOneLineNamingTheClassesAndWhy() {
    List<ShardResult> results =
        List.of(result(suite("com.acme.Lookup", error("resolves", UNRESOLVED, null))));

    assertThat(NetworklessClasses.warning(results))
        .hasValue(
            "testshard: warning: 1 class failed reaching a host outside the shard, which has no"
                + " network: com.acme.Lookup (mvn test passes such tests only where the machine"
                + " reaches that host; a service they need belongs in services: in"
                + " testshard.yaml)");
  }

  private static TestCaseResult unknownHost() {
    return new TestCaseResult(
        "com.acme.Typed",
        "resolves",
        0,
        Outcome.ERROR,
        new Problem("example.invalid", "java.net.UnknownHostException", null),
        null,
        null);
  }
}
