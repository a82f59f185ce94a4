package dev.testshard.runner.kubernetes;

import dev.testshard.runner.execution.AgentStdoutLines;
import dev.testshard.runner.execution.LineSplitter;
import dev.testshard.runner.execution.ShardLog;
import dev.testshard.runner.execution.ShardUnit;
import dev.testshard.runner.protocol.AgentEventSink;
import dev.testshard.runner.results.ContainerExit;
import dev.testshard.runner.results.ShardResult;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.fabric8.kubernetes.client.dsl.LogWatch;
import io.fabric8.kubernetes.client.dsl.PodResource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A shard's pod: created in {@link #run}, waited for until its container starts (at most the
 * pending timeout), its log followed (protocol events to the executor, the rest to the shard's
 * log), its end read from the container's terminated state, and always deleted before {@code run}
 * returns. Results other than the events (coverage files) are not copied out yet.
 */
final class KubernetesShardUnit implements ShardUnit {

  private final ClusterPods cluster;
  private final Pod manifest;
  private final Duration pendingTimeout;
  private volatile String podName;
  private volatile boolean killed;

  KubernetesShardUnit(ClusterPods cluster, Pod manifest, Duration pendingTimeout) {
    this.cluster = cluster;
    this.manifest = manifest;
    this.pendingTimeout = pendingTimeout;
  }

  @Override
  public String servicesFailure() {
    return null;
  }

  @Override
  public ContainerExit run(
      AgentEventSink events, OutputStream log, Path resultsDir, Consumer<String> onStarted) {
    String name = null;
    try {
      long created = System.nanoTime();
      name = cluster.create(manifest);
      podName = name;
      PodResource pod = cluster.pod(name);
      Pod started;
      try {
        started =
            pod.waitUntilCondition(
                p -> p == null || PodState.started(p),
                pendingTimeout.toMillis(),
                TimeUnit.MILLISECONDS);
      } catch (KubernetesClientTimeoutException e) {
        return ContainerExit.failed(
            "the pod "
                + name
                + " stayed Pending for "
                + pendingTimeout.toSeconds()
                + " s: "
                + PodState.pendingReason(pod.get()));
      }
      ShardLog.note(
          log,
          String.format(
              Locale.ROOT,
              "pod %s on node %s, started %d ms after it was created",
              name,
              PodState.node(started),
              (System.nanoTime() - created) / 1_000_000));
      onStarted.accept(name);
      follow(pod, events, log);
      Pod ended =
          pod.waitUntilCondition(
              p -> PodState.end(p) != null, Duration.ofDays(1).toMillis(), TimeUnit.MILLISECONDS);
      ContainerExit exit = PodState.end(ended);
      return killed && exit.exitCode() == null ? ContainerExit.exited(137, false) : exit;
    } catch (RuntimeException e) {
      // KubernetesClientException, or what a client closed under the unit throws (Ctrl-C's
      // clean-up): the port's contract is a failed exit, never an exception.
      if (killed) {
        return ContainerExit.exited(137, false);
      }
      return ContainerExit.failed("Kubernetes: " + e.getMessage());
    } finally {
      if (name != null) {
        cluster.delete(name);
      }
    }
  }

  /** Follows the agent's log to its end: both streams, as the pod's log merges them. */
  private static void follow(PodResource pod, AgentEventSink events, OutputStream log) {
    LineSplitter lines = new LineSplitter(new AgentStdoutLines(events, log));
    try (LogWatch watch = pod.inContainer(PodManifest.CONTAINER).watchLog();
        InputStream in = watch.getOutput()) {
      byte[] buffer = new byte[8192];
      int read;
      while ((read = in.read(buffer)) >= 0) {
        if (read > 0) {
          lines.accept(java.util.Arrays.copyOf(buffer, read));
        }
      }
    } catch (IOException e) {
      ShardLog.note(log, "the pod's log ended early: " + e.getMessage());
    }
    lines.flush();
  }

  @Override
  public void feed(long number, List<String> classNames) {
    // Fixed shards only: a worker's batches are not fed to pods yet (the CLI refuses dynamic mode).
  }

  @Override
  public void kill() {
    String name = podName;
    if (name != null) {
      killed = true;
      cluster.delete(name);
    }
  }

  @Override
  public void release(ShardResult result) {
    // The pod was deleted at the end of run; a shard has no services on a cluster yet.
  }
}
