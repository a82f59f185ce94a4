package dev.testshard.runner.kubernetes;

import dev.testshard.agent.protocol.Protocol;
import dev.testshard.runner.execution.AgentStdoutLines;
import dev.testshard.runner.execution.SentFiles;
import dev.testshard.runner.execution.ShardLog;
import dev.testshard.runner.execution.ShardUnit;
import dev.testshard.runner.protocol.AgentEventSink;
import dev.testshard.runner.results.ContainerExit;
import dev.testshard.runner.results.ShardResult;
import dev.testshard.runner.results.ShardStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.fabric8.kubernetes.client.dsl.ExecWatch;
import io.fabric8.kubernetes.client.dsl.LogWatch;
import io.fabric8.kubernetes.client.dsl.PodResource;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A shard's or worker's pod. Created in {@link #run} (or before it, in {@link #startServices}, when
 * the shard has services: they must be ready before the tests start), waited for until its agent's
 * container starts (at most the pending timeout). The runner then attaches to the agent's input,
 * where it sends the start line to a shard or the batches to a worker ({@link #feed}), follows the
 * agent's log (protocol events to the executor, the rest to the shard's log) and reads the agent's
 * end from the container's terminated state. {@link #release} deletes the pod, after saving the
 * services' logs when the shard did not pass (or, with {@code --keep-on-failure}, keeps such a
 * shard's pod, its services running). Nothing is copied out of a pod: the agent sends its JaCoCo
 * data as events, which {@link SentFiles} writes under the shard's results.
 */
final class KubernetesShardUnit implements ShardUnit {

  /** How many times a log stream that ended early is opened again. */
  static final int LOG_REOPENS = 5;

  private final ClusterPods cluster;
  private final Pod manifest;
  private final Duration pendingTimeout;
  private final boolean worker;
  private final PodServices services;
  private final String shardId;
  private final Consumer<String> notes;
  private final Predicate<String> keepFailed;
  private volatile String podName;
  private volatile boolean killed;
  private volatile ExecWatch input;
  private long createdAt;
  private Pod startedPod;
  private String servicesFailure;

  /**
   * @param worker whether the agent is a dynamic-mode worker (fed batches) rather than a shard
   *     (sent the start line)
   * @param services the shard's services in the pod, or null when the run has none
   * @param notes where the services' last log lines go when the shard did not pass
   * @param keepFailed keeps the named pod of a shard that did not pass, its services running
   *     ({@code --keep-on-failure}); false when it is not kept, and the pod is deleted
   */
  KubernetesShardUnit(
      ClusterPods cluster,
      Pod manifest,
      Duration pendingTimeout,
      boolean worker,
      PodServices services,
      String shardId,
      Consumer<String> notes,
      Predicate<String> keepFailed) {
    this.cluster = cluster;
    this.manifest = manifest;
    this.pendingTimeout = pendingTimeout;
    this.worker = worker;
    this.services = services;
    this.shardId = shardId;
    this.notes = notes;
    this.keepFailed = keepFailed;
  }

  /**
   * Creates the pod and makes its services ready; {@link #servicesFailure} then says why they are
   * not, if they are not (a pod that never started counts as that too: no test can run).
   */
  void startServices(BooleanSupplier stopping) {
    try {
      startServicesOrThrow(stopping);
    } catch (RuntimeException e) {
      servicesFailure = "Kubernetes: " + e.getMessage();
    }
  }

  private void startServicesOrThrow(BooleanSupplier stopping) {
    String pending = createAndWait();
    if (pending != null) {
      servicesFailure = pending;
      return;
    }
    long start = System.nanoTime();
    servicesFailure = services.start(podName, () -> killed || stopping.getAsBoolean());
    if (servicesFailure == null) {
      notes.accept(
          String.format(
              Locale.ROOT,
              "services of %s ready in %.1f s",
              shardId,
              (System.nanoTime() - start) / 1e9));
    }
  }

  @Override
  public String servicesFailure() {
    return servicesFailure;
  }

  /** Creates the pod and waits until its agent's container started; null, or why it did not. */
  private String createAndWait() {
    createdAt = System.nanoTime();
    String name = cluster.create(manifest);
    podName = name;
    if (killed) {
      cluster.delete(name);
    }
    PodResource pod = cluster.pod(name);
    try {
      startedPod =
          pod.waitUntilCondition(
              p -> p == null || PodState.started(p),
              pendingTimeout.toMillis(),
              TimeUnit.MILLISECONDS);
      return null;
    } catch (KubernetesClientTimeoutException e) {
      return "the pod "
          + name
          + " stayed Pending for "
          + pendingTimeout.toSeconds()
          + " s: "
          + PodState.pendingReason(pod.get());
    }
  }

  @Override
  public ContainerExit run(
      AgentEventSink events, OutputStream log, Path resultsDir, Consumer<String> onStarted) {
    try {
      if (podName == null) {
        String pending = createAndWait();
        if (pending != null) {
          return ContainerExit.failed(pending);
        }
      }
      String name = podName;
      ShardLog.note(
          log,
          String.format(
              Locale.ROOT,
              "pod %s on node %s, started %d ms after it was created",
              name,
              PodState.node(startedPod),
              (System.nanoTime() - createdAt) / 1_000_000));
      onStarted.accept(name);
      PodResource pod = cluster.pod(name);
      String attachFailure = null;
      if (PodState.end(pod.get()) == null) {
        try {
          input = cluster.attachInput(name);
          if (!worker) {
            send(Protocol.START);
          }
        } catch (RuntimeException | IOException e) {
          // Without its input the agent would wait forever: stop it, keep what it wrote.
          attachFailure = "could not attach to the agent's input: " + e.getMessage();
          ShardLog.note(log, attachFailure);
          cluster.delete(name);
        }
      }
      SentFiles files = new SentFiles(events, resultsDir);
      try {
        follow(pod, files, log);
      } catch (RuntimeException e) {
        if (attachFailure == null) {
          throw e;
        }
      } finally {
        files.finish().forEach(problem -> ShardLog.note(log, problem));
      }
      if (attachFailure != null) {
        return ContainerExit.failed(attachFailure);
      }
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
      ExecWatch open = input;
      input = null;
      if (open != null) {
        open.close();
      }
      if (services == null && podName != null) {
        cluster.delete(podName);
      }
    }
  }

  /**
   * Follows the agent's log to its end (both streams, as the pod's log merges them), opening it
   * again when a stream ends early ({@link ResumedLog}).
   */
  private void follow(PodResource pod, AgentEventSink events, OutputStream log) {
    ResumedLog.Source source =
        new ResumedLog.Source() {
          @Override
          public InputStream open() {
            LogWatch watch = pod.inContainer(PodManifest.CONTAINER).watchLog();
            return new FilterInputStream(watch.getOutput()) {
              @Override
              public void close() throws IOException {
                try {
                  super.close();
                } finally {
                  watch.close();
                }
              }
            };
          }

          @Override
          public boolean stopped() {
            return killed;
          }

          @Override
          public boolean ended() {
            try {
              return PodState.end(pod.get()) != null;
            } catch (RuntimeException e) {
              return false; // the API server may be back in a moment: the reopens decide
            }
          }
        };
    new ResumedLog(source, LOG_REOPENS, Duration.ofSeconds(1), Duration.ofSeconds(5))
        .follow(new AgentStdoutLines(events, log), note -> ShardLog.note(log, note));
  }

  /** Writes one line to the agent's input. */
  private synchronized void send(String line) throws IOException {
    ExecWatch watch = input;
    if (watch == null) {
      return;
    }
    OutputStream out = watch.getInput();
    out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Override
  public void feed(long number, List<String> classNames) {
    try {
      send(Protocol.batchLine(classNames));
    } catch (IOException | RuntimeException e) {
      // the pod is gone; its accounting shows what it never finished
    }
  }

  @Override
  public void kill() {
    killed = true;
    String name = podName;
    if (name != null) {
      cluster.delete(name);
    }
  }

  @Override
  public void release(ShardResult result) {
    String name = podName;
    if (name == null) {
      return;
    }
    if (services != null && result.status() != ShardStatus.PASSED) {
      services.saveEvidence(name, shardId).forEach(notes);
      if (!killed && keepFailed.test(name)) {
        return;
      }
    }
    cluster.delete(name);
  }
}
