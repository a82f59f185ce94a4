package dev.testshard.runner.cli;

import dev.testshard.runner.common.Durations;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.kubernetes.KubernetesTarget;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run --kubernetes}: shards and workers as pods of a cluster (a preview). */
final class KubernetesOptions {

  @Option(
      names = "--kubernetes",
      description =
          "Run each shard or worker as a pod of the current kubeconfig's cluster, its services"
              + " as more containers of the pod (preview); the run's image is pushed to"
              + " --registry first.")
  boolean kubernetes;

  @Option(
      names = "--registry",
      paramLabel = "HOST[:PORT]/REPO",
      description = "With --kubernetes: where the run's image is pushed, for the nodes to pull.")
  String registry;

  @Mixin ClusterChoice cluster = new ClusterChoice();

  @Option(
      names = "--pending-timeout",
      paramLabel = "DURATION",
      description =
          "With --kubernetes: how long a pod may wait for a node or its image before its shard"
              + " counts as lost (default: 5m).")
  String pendingTimeout;

  /**
   * The cluster to run on, or null without {@code --kubernetes}; what the preview cannot do is one
   * line and exit code 2.
   */
  KubernetesTarget target(boolean dockerAccess) {
    if (!kubernetes) {
      String given =
          registry != null
              ? "--registry"
              : cluster.givenOption() != null
                  ? cluster.givenOption()
                  : pendingTimeout != null ? "--pending-timeout" : null;
      if (given != null) {
        throw TestshardException.badValue(given, "only with --kubernetes");
      }
      return null;
    }
    if (registry == null) {
      throw TestshardException.badValue(
          "--kubernetes",
          "needs --registry HOST[:PORT]/REPO, where the nodes pull the run's image");
    }
    if (dockerAccess) {
      throw TestshardException.badValue(
          "--kubernetes",
          "does not give pods a Docker engine (--docker-access): use services instead");
    }
    try {
      return new KubernetesTarget(registry, cluster.namespace, cluster.context, pending());
    } catch (IllegalArgumentException e) {
      throw TestshardException.badValue("--registry", e.getMessage());
    }
  }

  private Duration pending() {
    if (pendingTimeout == null) {
      return null;
    }
    try {
      Duration duration = Durations.parse(pendingTimeout);
      if (duration.isZero()) {
        throw new IllegalArgumentException("must be more than 0");
      }
      return duration;
    } catch (IllegalArgumentException e) {
      throw TestshardException.badValue("--pending-timeout", e.getMessage());
    }
  }
}
