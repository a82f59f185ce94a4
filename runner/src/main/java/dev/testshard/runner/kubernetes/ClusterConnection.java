package dev.testshard.runner.kubernetes;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.engine.RunResources;
import dev.testshard.runner.engine.StaleRuns;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A run's cluster made ready while Maven builds, on a thread of its own: the client connected as
 * kubectl would, the API server's version asked, the pods and policies of runs that are over swept,
 * and the run's deny-all network policy created. Of the cluster's setup only the image push waits
 * for the snapshot. {@link #await} hands the connected cluster over, or throws what went wrong
 * (exit 4 when the API server does not answer); a run stops its build as soon as the setup fails
 * ({@link #onFailure}), so a wrong kubeconfig is reported in a second, not after the build.
 *
 * <p>{@link #close()} (and a shutdown hook, for Ctrl-C during the build) deletes what the run
 * created on the cluster, once the thread is done; it is idempotent, as is {@link
 * ClusterPods#close()}, which the runtime built on this connection closes too.
 */
public final class ClusterConnection implements AutoCloseable {

  /**
   * The longest {@link #close()} waits for the setup thread (the client's own timeouts bound it).
   */
  private static final long SETUP_WAIT_SECONDS = 30;

  private final KubernetesTarget target;
  private final CompletableFuture<Ready> ready = new CompletableFuture<>();
  private final Thread shutdownHook;
  private volatile ClusterPods cluster;

  /** The connected cluster and the lines to print once the run reaches it. */
  private record Ready(ClusterPods cluster, List<String> lines) {}

  private ClusterConnection(KubernetesTarget target) {
    this.target = target;
    this.shutdownHook = new Thread(this::deleteRunResources, "testshard-kubernetes-setup-cleanup");
  }

  /**
   * Starts connecting to the target's cluster for the run that owns {@code resources}.
   *
   * @return the connection, or null when {@code target} is null (the local engine)
   */
  public static ClusterConnection start(KubernetesTarget target, RunResources resources) {
    if (target == null) {
      return null;
    }
    ClusterConnection connection = new ClusterConnection(target);
    Runtime.getRuntime().addShutdownHook(connection.shutdownHook);
    Thread setup = new Thread(() -> connection.setUp(resources), "testshard-kubernetes-connect");
    setup.setDaemon(true);
    setup.start();
    return connection;
  }

  KubernetesTarget target() {
    return target;
  }

  private void setUp(RunResources resources) {
    try {
      ClusterPods connected;
      try {
        connected = ClusterPods.connect(target, resources.runId());
      } catch (KubernetesClientException e) {
        throw new TestshardException(
            ExitCodes.INFRASTRUCTURE,
            "could not set up the Kubernetes client: " + e.getMessage(),
            e);
      }
      List<String> lines = new ArrayList<>();
      try {
        lines.add(
            "Kubernetes "
                + connected.firstVersion()
                + " at "
                + connected.server()
                + ", namespace "
                + connected.namespace());
      } catch (RuntimeException e) {
        // Nothing of the run is on the cluster yet, nor can be deleted: no retries at the end.
        connected.disconnect();
        throw KubernetesShardRuntime.notAnswering(connected.server(), e);
      }
      cluster = connected;
      try {
        ClusterSweep swept = connected.sweep(StaleRuns.ofThisProcess(), true);
        if (swept.pods() + swept.policies() > 0) {
          lines.add(
              "removed "
                  + swept.pods()
                  + " pods and "
                  + swept.policies()
                  + " network policies left by runs that are over");
        }
        connected.denyAllTraffic(resources.labels());
      } catch (RuntimeException e) {
        throw KubernetesShardRuntime.notAnswering(connected.server(), e);
      }
      ready.complete(new Ready(connected, List.copyOf(lines)));
    } catch (RuntimeException | Error e) {
      ready.completeExceptionally(e);
    }
  }

  /**
   * Runs {@code stop} as soon as the setup fails (the API server does not answer, no kubeconfig):
   * the run stops the build then, instead of reporting the cluster after it.
   */
  public void onFailure(Runnable stop) {
    ready.whenComplete(
        (done, failure) -> {
          if (failure != null) {
            stop.run();
          }
        });
  }

  /** Throws what the setup failed with, if it has failed; else does nothing. */
  public void throwIfFailed() {
    if (ready.isCompletedExceptionally()) {
      await(line -> {});
    }
  }

  /**
   * Waits for the setup, prints its lines and hands the cluster over.
   *
   * @throws TestshardException (exit 4) when the API server did not answer
   */
  ClusterPods await(Consumer<String> say) {
    Ready done;
    try {
      done = ready.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
    done.lines().forEach(say);
    return done.cluster();
  }

  /** Deletes what the run created on the cluster, once the setup thread is done; idempotent. */
  @Override
  public void close() {
    deleteRunResources();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down; the hook runs (idempotently) anyway
    }
  }

  private void deleteRunResources() {
    try {
      ready.get(SETUP_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (TimeoutException | ExecutionException e) {
      // not connected, or the API server does not answer: delete what may exist
    }
    ClusterPods connected = cluster;
    if (connected != null) {
      connected.close();
    }
  }
}
