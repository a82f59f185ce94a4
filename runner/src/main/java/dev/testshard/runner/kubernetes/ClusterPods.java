package dev.testshard.runner.kubernetes;

import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.engine.RunResources;
import dev.testshard.runner.engine.StaleRuns;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.ExecWatch;
import io.fabric8.kubernetes.client.dsl.PodResource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run's view of the cluster: its namespace, its pods and its deny-all network policy, all
 * labelled with the run's id. {@link #close()} deletes what is left of the run by label and is
 * idempotent, so that it can also run from a shutdown hook (Ctrl-C, SIGTERM).
 */
final class ClusterPods implements AutoCloseable {

  /** Marks a pod kept past its run's end ({@code --keep-on-failure}, a failed shard). */
  static final String KEPT_POD_LABEL = "dev.testshard.kept-pod";

  private final KubernetesClient client;
  private final String namespace;
  private final String runId;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicInteger keptPods = new AtomicInteger();

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
    return connect(target.context(), target.namespace(), runId);
  }

  /**
   * As {@link #connect(KubernetesTarget, String)}, with no run of its own when {@code runId} is
   * null ({@code testshard clean}): {@link #close()} then deletes nothing.
   */
  static ClusterPods connect(String context, String namespace, String runId) {
    Config config = Config.autoConfigure(context);
    KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
    String chosen = namespace != null ? namespace : client.getNamespace();
    return new ClusterPods(client, chosen == null ? "default" : chosen, runId);
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

  /**
   * Asks the API server for its version once, without the client's retries (ten, about 40 s when
   * nothing answers): a run's first call, so that a wrong kubeconfig or a cluster that is down is
   * told in a second. Throws {@link KubernetesClientException} if it fails.
   */
  String firstVersion() {
    Config once =
        new ConfigBuilder(client.getConfiguration()).withRequestRetryBackoffLimit(0).build();
    try (KubernetesClient probe = new KubernetesClientBuilder().withConfig(once).build()) {
      return probe.getKubernetesVersion().getGitVersion();
    }
  }

  /** Creates a pod; returns its name (the API server completes a generated name). */
  String create(Pod pod) {
    return client.pods().inNamespace(namespace).resource(pod).create().getMetadata().getName();
  }

  PodResource pod(String name) {
    return client.pods().inNamespace(namespace).withName(name);
  }

  /**
   * Runs {@code command} in a container of a running pod, as {@code kubectl exec} does.
   *
   * @return its exit code (-1 when it did not end within {@code limit}) and its output, both
   *     streams
   */
  ContainerEngine.ExecResult exec(
      String podName, String container, List<String> command, Duration limit) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    try (ExecWatch watch =
        pod(podName)
            .inContainer(container)
            .writingOutput(output)
            .writingError(output)
            .exec(command.toArray(String[]::new))) {
      int code = watch.exitCode().get(limit.toMillis(), TimeUnit.MILLISECONDS);
      return new ContainerEngine.ExecResult(code, output.toString(StandardCharsets.UTF_8));
    } catch (TimeoutException e) {
      return new ContainerEngine.ExecResult(-1, output.toString(StandardCharsets.UTF_8));
    } catch (ExecutionException e) {
      String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
      return new ContainerEngine.ExecResult(
          126, output.toString(StandardCharsets.UTF_8) + "\n" + "could not run: " + cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ContainerEngine.ExecResult(-1, output.toString(StandardCharsets.UTF_8));
    }
  }

  /**
   * Attaches to the standard input of the agent's container, which reads it ({@code stdin} in the
   * manifest); closing the watch closes that input ({@code stdinOnce}).
   */
  ExecWatch attachInput(String podName) {
    return pod(podName).inContainer(PodManifest.CONTAINER).redirectingInput().attach();
  }

  /** The last {@code lines} lines of a container's output, or what the API server said instead. */
  String logs(String podName, String container, int lines) {
    try {
      String log = pod(podName).inContainer(container).tailingLines(lines).getLog();
      return log == null ? "" : log;
    } catch (KubernetesClientException e) {
      return "(no log: " + e.getMessage() + ")";
    }
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
   * Leaves a failed shard's pod running ({@code --keep-on-failure}): it is labelled {@link
   * #KEPT_POD_LABEL}, which {@link #close()} passes over, and the run's network policy stays while
   * it does. The pod already carries the run's {@link RunResources#KEEP_LABEL}, so later runs'
   * sweeps leave it too; {@code testshard clean --kubernetes} deletes it.
   *
   * @return whether the pod is kept (false: it is gone, or the API server did not answer)
   */
  boolean keep(String name) {
    try {
      Pod kept =
          pod(name)
              .edit(
                  p ->
                      new PodBuilder(p)
                          .editMetadata()
                          .addToLabels(KEPT_POD_LABEL, "true")
                          .endMetadata()
                          .build());
      if (kept == null) {
        return false;
      }
      keptPods.incrementAndGet();
      return true;
    } catch (KubernetesClientException e) {
      return false;
    }
  }

  /**
   * A network policy that selects the run's pods and allows them no traffic in or out: tests run
   * without a network, as local containers do. Only a network plugin that enforces policies makes
   * it real.
   */
  void denyAllTraffic(Map<String, String> runLabels) {
    NetworkPolicy policy =
        new NetworkPolicyBuilder()
            .withNewMetadata()
            .withName("testshard-" + runId)
            .withNamespace(namespace)
            // The run's owner too, as on its pods: a sweep tells a live run's policy by it.
            .withLabels(PodLabels.labels(runLabels))
            .withAnnotations(PodLabels.annotations(runLabels))
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

  /**
   * Deletes the pods and network policies of the namespace that belong to runs that are over
   * ({@link StaleRuns}: a run killed with SIGKILL never cleans up), never this run's.
   *
   * @param automatic the sweep at a run's start, which leaves what a run kept on purpose ({@code
   *     --keep-on-failure}); {@code testshard clean} deletes that too
   */
  ClusterSweep sweep(StaleRuns stale, boolean automatic) {
    int pods = 0;
    int policies = 0;
    int kept = 0;
    for (Pod pod :
        client
            .pods()
            .inNamespace(namespace)
            .withLabel(RunResources.LABEL, "true")
            .list()
            .getItems()) {
      if (isOver(pod.getMetadata(), stale, automatic)) {
        delete(pod.getMetadata().getName());
        pods++;
      } else if (!isThisRun(pod.getMetadata())) {
        kept++;
      }
    }
    for (NetworkPolicy policy :
        client
            .network()
            .v1()
            .networkPolicies()
            .inNamespace(namespace)
            .withLabel(RunResources.LABEL, "true")
            .list()
            .getItems()) {
      if (isOver(policy.getMetadata(), stale, automatic)) {
        client.network().v1().networkPolicies().inNamespace(namespace).resource(policy).delete();
        policies++;
      }
    }
    return new ClusterSweep(pods, policies, kept);
  }

  private boolean isThisRun(ObjectMeta metadata) {
    return runId != null
        && metadata.getLabels() != null
        && runId.equals(metadata.getLabels().get(RunResources.RUN_LABEL));
  }

  private boolean isOver(ObjectMeta metadata, StaleRuns stale, boolean automatic) {
    if (isThisRun(metadata)) {
      return false;
    }
    Map<String, String> labels = new HashMap<>();
    if (metadata.getAnnotations() != null) {
      labels.putAll(metadata.getAnnotations());
    }
    if (metadata.getLabels() != null) {
      labels.putAll(metadata.getLabels());
    }
    ContainerEngine.Resource resource =
        new ContainerEngine.Resource(
            ContainerEngine.Resource.Kind.CONTAINER, metadata.getName(), labels);
    return automatic ? stale.sweptAutomatically(resource) : stale.isStale(resource);
  }

  /** Disconnects without deleting anything (nothing of the run was created); idempotent. */
  void disconnect() {
    if (closed.compareAndSet(false, true)) {
      client.close();
    }
  }

  /**
   * Deletes the run's pods by label, but those {@linkplain #keep kept}, and its policy unless a pod
   * is kept; then disconnects.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (runId == null) {
      client.close();
      return;
    }
    try {
      client
          .pods()
          .inNamespace(namespace)
          .withLabel(RunResources.RUN_LABEL, runId)
          .withoutLabel(KEPT_POD_LABEL)
          .withGracePeriod(0)
          .delete();
      if (keptPods.get() > 0) {
        return;
      }
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
