package dev.testshard.runner.cli;

import dev.testshard.runner.common.Durations;
import dev.testshard.runner.common.ResourceLimits;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.steps.RunOptions;
import dev.testshard.runner.steps.RunRequest;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** The options only {@code run} has: parallelism, limits, deadlines, retries, what to keep. */
final class RunSettings {

  @Option(
      names = {"-j", "--parallel"},
      paramLabel = "N",
      description =
          "Containers running tests at once (default: the number of CPUs); one whose tests are over winds down beside the next.")
  int parallel = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--dynamic",
      negatable = true,
      description =
          "Start --parallel long-lived workers that pull the next class (longest expected first)"
              + " until none is left, instead of a fixed plan; needs no history for a good balance,"
              + " and uses one to order the classes. Default: dynamic unless --shard-by or --shards"
              + " is given; --no-dynamic for a fixed plan always.")
  Boolean dynamic;

  @Option(
      names = "--keep-on-failure",
      description =
          "Leave a failed shard's services and network running (with --kubernetes, its pod),"
              + " and print the commands to look into them and to remove them.")
  boolean keepOnFailure;

  @Option(names = "--keep-image", description = "Keep the per-run image after the run.")
  boolean keepImage;

  @Option(
      names = "--docker-access",
      description =
          "Give the tests the Docker engine (Testcontainers): its socket is mounted into each"
              + " shard container, which then controls the engine as the host's root could;"
              + " containers the tests start are removed when their shard ends.")
  boolean dockerAccess;

  @Option(
      names = "--memory",
      paramLabel = "SIZE",
      description =
          "Memory limit per shard container, e.g. 2g or 512m (default: 4g); the test JVM's heap"
              + " is sized to 75%% of it.")
  String memory = "4g";

  @Option(
      names = "--cpus",
      paramLabel = "N",
      description = "CPU limit per shard container, e.g. 1.5 (default: none).")
  double cpus;

  @Option(
      names = "--pids-limit",
      paramLabel = "N",
      description = "Most processes and threads per shard container (default: 4096).")
  long pidsLimit = 4096;

  @Option(
      names = "--shard-timeout",
      paramLabel = "DURATION",
      description =
          "Stop a shard's container after this long, e.g. 90s or 10m; its unfinished tests are"
              + " reported as errors (default: none).")
  String shardTimeout;

  @Option(
      names = "--retry-lost",
      paramLabel = "N",
      description =
          "Re-run the unreported classes of a lost shard (crash, timeout) in a fresh container,"
              + " up to N times (default: 0).")
  int retryLost;

  @Option(
      names = "--rerun-failing",
      paramLabel = "N",
      description =
          "Re-run each failed test up to N times in a fresh container; a test that then passes is"
              + " reported as flaky and does not fail the run (default: as often as the module's"
              + " Surefire re-runs it, its rerunFailingTestsCount, else 0).")
  Integer rerunFailing;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      description =
          "Stop every shard still running this long after the first starts, e.g. 30m"
              + " (default: none).")
  String runTimeout;

  @Option(
      names = "--fail-fast",
      arity = "0..1",
      fallbackValue = "1",
      paramLabel = "N",
      description =
          "After N failed tests (failures and errors; default 1) start no new class: running"
              + " ones finish, and what never ran is reported as skipped with the reason.")
  Integer failFast;

  @Option(
      names = "--summary",
      paramLabel = "FILE",
      description =
          "Also write the run as a Markdown job summary to FILE (it is appended to"
              + " $GITHUB_STEP_SUMMARY when that is set).")
  Path summary;

  @Option(
      names = "--min-stall-limit",
      paramLabel = "DURATION",
      hidden = true,
      description =
          "The shortest default deadline: without --shard-timeout or --timeout, a container is"
              + " stopped when no test ended for 5 times the expected time of its class, at least"
              + " this long (default: 10m).")
  String minStallLimit;

  @Mixin KubernetesOptions kubernetes = new KubernetesOptions();

  /** The options {@code run} shares with {@code plan}, with this run's parallelism and limits. */
  RunOptions toRunOptions(ProjectOptions project) {
    return project.toRunOptions(
        parallel,
        keepImage,
        limits(),
        duration("--shard-timeout", shardTimeout),
        duration("--timeout", runTimeout));
  }

  /** What only {@code run} asks for; bad values are one line and exit code 2. */
  RunRequest request(ProjectOptions project, RunOptions options, ParseResult parsed) {
    boolean shardByChosen = project.shardByChosen(parsed, options);
    boolean shardsChosen = project.shardsChosen(parsed, options);
    boolean fixed = dynamic != null ? !dynamic : shardByChosen || shardsChosen;
    return new RunRequest(
        dynamic,
        shardByChosen,
        shardsChosen,
        keepOnFailure,
        dockerAccess,
        failFast(),
        retryLost,
        rerunFailing,
        duration("--min-stall-limit", minStallLimit),
        summary,
        kubernetes.target(dockerAccess));
  }

  private int failFast() {
    if (failFast == null) {
      return 0;
    }
    if (failFast < 1) {
      throw TestshardException.badValue("--fail-fast", "must be at least 1, not " + failFast);
    }
    return failFast;
  }

  private ResourceLimits limits() {
    notNegative("--retry-lost", retryLost);
    if (rerunFailing != null) {
      notNegative("--rerun-failing", rerunFailing);
    }
    notNegative("--cpus", cpus);
    notNegative("--pids-limit", pidsLimit);
    return new ResourceLimits(
        MemorySize.parse(memory), Math.round(cpus * 1_000_000_000L), pidsLimit);
  }

  private static void notNegative(String option, double value) {
    if (value < 0) {
      throw TestshardException.badValue(
          option, "must not be negative: " + (value == (long) value ? "" + (long) value : value));
    }
  }

  private static Duration duration(String option, String text) {
    if (text == null) {
      return null;
    }
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw TestshardException.badValue(option, e.getMessage());
    }
  }
}
