package dev.testshard.runner.kubernetes;

import dev.testshard.runner.engine.RunResources;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.PodResource;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One run's view of the cluster: its namespace, its pods and its deny-all network policy, all
 * labelled with the run's id. {@link #close()} deletes what is left of the run by label and is
 * idempotent, so that it can also run from a shutdown hook (Ctrl-C, SIGTERM).
 */
final class ClusterPods implements AutoCloseable {

  private final KubernetesClient client;
  private final String namespace;
  private final String runId;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ClusterPods(KubernetesClient client, String namespace, String runId) {
    this.client = client;
    this.namespace = namespace;
    this.runId = runId;
  }

  /**
   * Connects as kubectl would (kubeconfig from {@code KUBECONFIG} or {@code ~/.kube/config}, or the
   * pod's service account inside a cluster), with the given context and namespace if any.
   */
  static ClusterPods connect(KubernetesTarget target, String runId) {
    Config config = Config.autoConfigure(target.context());
    KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
    String namespace = target.namespace() != null ? target.namespace() : client.getNamespace();
    return new ClusterPods(client, namespace == null ? "default" : namespace, runId);
  }

  String namespace() {
    return namespace;
  }

  /** The API server's address, for messages. */
  String server() {
    return client.getMasterUrl().toString();
  }

  /** Asks the API server for its version; throws {@link KubernetesClientException} if it fails. */
  String version() {
    return client.getKubernetesVersion().getGitVersion();
  }

  /** Creates a pod; returns its name (the API server completes a generated name). */
  String create(Pod pod) {
    return client.pods().inNamespace(namespace).resource(pod).create().getMetadata().getName();
  }

  PodResource pod(String name) {
    return client.pods().inNamespace(namespace).withName(name);
  }

  /** Deletes a pod at once (no grace period); a pod already gone is no error. */
  void delete(String name) {
    try {
      pod(name).withGracePeriod(0).delete();
    } catch (KubernetesClientException e) {
      // gone already, or the API server is not answering: close() deletes by label
    }
  }

  /**
   * A network policy that selects the run's pods and allows them no traffic in or out: tests run
   * without a network, as local containers do. Only a network plugin that enforces policies makes
   * it real.
   */
  void denyAllTraffic() {
    NetworkPolicy policy =
        new NetworkPolicyBuilder()
            .withNewMetadata()
            .withName("testshard-" + runId)
            .withNamespace(namespace)
            .withLabels(Map.of(RunResources.LABEL, "true", RunResources.RUN_LABEL, runId))
            .endMetadata()
            .withNewSpec()
            .withNewPodSelector()
            .withMatchLabels(Map.of(RunResources.RUN_LABEL, runId))
            .endPodSelector()
            .withPolicyTypes("Ingress", "Egress")
            .endSpec()
            .build();
    client.network().v1().networkPolicies().inNamespace(namespace).resource(policy).create();
  }

  /** Deletes the run's pods and policy by label, then disconnects. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      client
          .pods()
          .inNamespace(namespace)
          .withLabel(RunResources.RUN_LABEL, runId)
          .withGracePeriod(0)
          .delete();
      client
          .network()
          .v1()
          .networkPolicies()
          .inNamespace(namespace)
          .withLabel(RunResources.RUN_LABEL, runId)
          .delete();
    } catch (KubernetesClientException e) {
      // the API server is not answering; `kubectl delete pods -l dev.testshard.run=<id>` removes
      // what is left
    } finally {
      client.close();
    }
  }
}
