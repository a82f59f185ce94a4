package dev.testshard.runner.cli;

import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.kubernetes.KubernetesTarget;
import dev.testshard.runner.steps.RunOptions;
import picocli.CommandLine.Option;

/** {@code run --kubernetes}: shards as pods of a cluster (a preview: fixed shards, no services). */
final class KubernetesOptions {

  @Option(
      names = "--kubernetes",
      description =
          "Run each shard as a pod of the current kubeconfig's cluster (preview: fixed shards"
              + " without services); the run's image is pushed to --registry first.")
  boolean kubernetes;

  @Option(
      names = "--registry",
      paramLabel = "HOST[:PORT]/REPO",
      description = "With --kubernetes: where the run's image is pushed, for the nodes to pull.")
  String registry;

  @Option(
      names = "--namespace",
      paramLabel = "NS",
      description = "With --kubernetes: the pods' namespace (default: the context's).")
  String namespace;

  @Option(
      names = "--context",
      paramLabel = "CTX",
      description = "With --kubernetes: the kubeconfig context (default: the current one).")
  String context;

  /**
   * The cluster to run on, or null without {@code --kubernetes}; what the preview cannot do yet is
   * one line and exit code 2.
   *
   * @param fixed whether the run has a fixed plan ({@code --shard-by}, {@code --shards} or {@code
   *     --no-dynamic})
   */
  KubernetesTarget target(RunOptions options, boolean fixed, boolean dockerAccess) {
    if (!kubernetes) {
      if (registry != null || namespace != null || context != null) {
        throw TestshardException.badValue(
            registry != null ? "--registry" : namespace != null ? "--namespace" : "--context",
            "only with --kubernetes");
      }
      return null;
    }
    if (registry == null) {
      throw TestshardException.badValue(
          "--kubernetes",
          "needs --registry HOST[:PORT]/REPO, where the nodes pull the run's image");
    }
    if (!fixed) {
      throw TestshardException.badValue(
          "--kubernetes",
          "runs fixed shards only for now: add --shard-by package|class|module, --shards N or"
              + " --no-dynamic");
    }
    if (!options.config().services().isEmpty() || dockerAccess) {
      throw TestshardException.badValue(
          "--kubernetes", "does not run services or --docker-access yet");
    }
    try {
      return new KubernetesTarget(registry, namespace, context, null);
    } catch (IllegalArgumentException e) {
      throw TestshardException.badValue("--registry", e.getMessage());
    }
  }
}
