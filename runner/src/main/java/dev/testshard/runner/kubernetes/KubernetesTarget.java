package dev.testshard.runner.kubernetes;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Where a run's shards go with {@code --kubernetes}: the registry the run's image is pushed to, and
 * the cluster's namespace and kubeconfig context (null: the kubeconfig's own, as kubectl takes
 * them).
 *
 * @param registry {@code host[:port]/repository}, without a tag (the run's id is the tag)
 * @param namespace the namespace of the run's pods, or null for the context's
 * @param context the kubeconfig context, or null for the current one
 * @param pendingTimeout how long a pod may stay Pending before its shard is lost
 */
public record KubernetesTarget(
    String registry, String namespace, String context, Duration pendingTimeout) {

  /** How long a pod may wait for a node or its image before its shard counts as lost. */
  public static final Duration DEFAULT_PENDING_TIMEOUT = Duration.ofMinutes(5);

  // A registry host (a dot, a port or localhost tells it from a Docker Hub user), then a lowercase
  // repository path, as Docker's reference grammar has them; no tag.
  private static final Pattern REGISTRY =
      Pattern.compile(
          "(?:localhost|[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+|[A-Za-z0-9-]+(?=:[0-9]))(?::[0-9]+)?"
              + "/[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*");

  /** Checks the registry's form; throws {@link IllegalArgumentException} saying what is wrong. */
  public KubernetesTarget {
    if (registry == null || !REGISTRY.matcher(registry).matches()) {
      throw new IllegalArgumentException(
          "needs HOST[:PORT]/REPOSITORY without a tag, e.g. registry.example.com/team/testshard,"
              + " not "
              + (registry == null ? "nothing" : "'" + registry + "'"));
    }
    pendingTimeout = pendingTimeout == null ? DEFAULT_PENDING_TIMEOUT : pendingTimeout;
  }

  /** The reference a run's image is pushed as: the repository, tagged with the run's id. */
  public String imageReference(String runId) {
    return registry + ":" + runId;
  }

  /** The command that deletes what runs left on this target, kept pods included. */
  public String cleanCommand() {
    return "testshard clean --kubernetes"
        + (context == null ? "" : " --context " + context)
        + (namespace == null ? "" : " --namespace " + namespace);
  }
}
