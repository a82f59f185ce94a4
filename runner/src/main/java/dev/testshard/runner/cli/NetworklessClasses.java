package dev.testshard.runner.cli;

import dev.testshard.report.Outcome;
import dev.testshard.report.Problem;
import dev.testshard.report.TestCaseResult;
import dev.testshard.runner.results.ShardResult;
import java.util.List;
import java.util.Optional;

/**
 * Finds the test classes that failed reaching a host outside their shard: a shard has no network
 * (only its services, when it has some), so a test that resolves or connects to a host on the
 * internet fails in testshard where {@code mvn test} on a machine with network passes it. Read from
 * the failures' exception types, messages and stack traces, so that such a difference is named at
 * the end of the run instead of looking like a broken test. Pure.
 */
final class NetworklessClasses {

  /** A name that did not resolve (no DNS in the shard), or no route to an address. */
  static final List<String> NO_NETWORK =
      List.of("java.net.UnknownHostException", "Network is unreachable", "NoRouteToHostException");

  private NetworklessClasses() {}

  /** The top-level classes (by suite) with such a test case, sorted by name. */
  static List<String> of(List<ShardResult> results) {
    return MissingEnvironment.classesWith(results, NetworklessClasses::missedNetwork);
  }

  /** The end-of-run warning naming the classes, or empty when there are none. */
  static Optional<String> warning(List<ShardResult> results) {
    return MissingEnvironment.warning(
        of(results),
        "failed reaching a host outside the shard, which has no network",
        "mvn test passes such tests only where the machine reaches that host; a service they need"
            + " belongs in services: in testshard.yaml");
  }

  static boolean missedNetwork(TestCaseResult testCase) {
    Problem problem = testCase.problem();
    if (problem == null
        || (testCase.outcome() != Outcome.FAILED && testCase.outcome() != Outcome.ERROR)) {
      return false;
    }
    return NO_NETWORK.stream()
        .anyMatch(
            text ->
                MissingEnvironment.contains(problem.type(), text)
                    || MissingEnvironment.contains(problem.message(), text)
                    || MissingEnvironment.contains(problem.stackTrace(), text));
  }
}
