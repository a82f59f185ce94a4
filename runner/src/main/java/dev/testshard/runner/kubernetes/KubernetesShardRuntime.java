package dev.testshard.runner.kubernetes;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.ContainerSpec;
import dev.testshard.runner.engine.RunResources;
import dev.testshard.runner.engine.ShardContainers;
import dev.testshard.runner.execution.ExecutionSettings;
import dev.testshard.runner.execution.ShardExecutor;
import dev.testshard.runner.execution.ShardRuntime;
import dev.testshard.runner.execution.ShardUnit;
import dev.testshard.runner.services.ServiceContext;
import dev.testshard.runner.services.ShardServices;
import dev.testshard.runner.snapshot.Snapshot;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The executor port on a Kubernetes cluster: the run's image is pushed to a registry the cluster
 * pulls from, and each shard is one pod ({@link PodManifest}) that runs the agent, followed through
 * its log ({@link KubernetesShardUnit}). Fixed shards without services only, for now.
 *
 * <p>{@link #close()} deletes the run's pods and policy by label; a shutdown hook does the same on
 * Ctrl-C and SIGTERM. Thread-safe.
 */
public final class KubernetesShardRuntime implements ShardRuntime, AutoCloseable {

  private final ClusterPods cluster;
  private final KubernetesTarget target;
  private final String image;
  private final RunResources resources;
  private final Snapshot snapshot;
  private final ShardContainers containers;
  private final ServiceContext services;
  private final Thread shutdownHook;
  private volatile String lost;

  private KubernetesShardRuntime(
      ClusterPods cluster,
      KubernetesTarget target,
      String image,
      RunResources resources,
      Snapshot snapshot,
      ExecutionSettings settings,
      ServiceContext services) {
    this.cluster = cluster;
    this.target = target;
    this.image = image;
    this.resources = resources;
    this.snapshot = snapshot;
    this.containers = new ShardContainers(snapshot, settings, resources);
    this.services = services;
    this.shutdownHook = new Thread(cluster::close, "testshard-kubernetes-cleanup");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Connects to the cluster (as kubectl would), pushes the run's image to the target's registry
   * through the local engine, and denies the run's pods any network traffic.
   *
   * @param say where to tell what happens (one line each)
   * @throws TestshardException (exit 4) when the API server does not answer
   */
  public static KubernetesShardRuntime open(
      KubernetesTarget target,
      ContainerEngine engine,
      RunResources resources,
      Snapshot snapshot,
      ExecutionSettings settings,
      ServiceContext services,
      Consumer<String> say) {
    ClusterPods cluster = ClusterPods.connect(target, resources.runId());
    try {
      String version = cluster.version();
      say.accept(
          "Kubernetes "
              + version
              + " at "
              + cluster.server()
              + ", namespace "
              + cluster.namespace());
      String image = target.imageReference(resources.runId());
      long start = System.nanoTime();
      engine.push(snapshot.image(), image);
      say.accept(
          String.format(
              Locale.ROOT,
              "image pushed as %s in %.1f s",
              image,
              (System.nanoTime() - start) / 1e9));
      cluster.denyAllTraffic();
      return new KubernetesShardRuntime(
          cluster, target, image, resources, snapshot, settings, services);
    } catch (KubernetesClientException e) {
      cluster.close();
      throw new TestshardException(
          ExitCodes.INFRASTRUCTURE,
          "Kubernetes at " + cluster.server() + " did not answer: " + oneLine(e.getMessage()),
          e);
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  @Override
  public ShardUnit prepare(UnitRequest request) {
    ShardExecutor.ShardTask task = request.task();
    ContainerSpec spec =
        containers.spec(task, request.index(), testEnvironment(task, request.index()), null);
    return new KubernetesShardUnit(
        cluster,
        PodManifest.of(
            spec,
            image,
            PodManifest.namePrefix(resources.runId(), task.shard().id()),
            cluster.namespace()),
        target.pendingTimeout());
  }

  /** The configuration file's environment of the shard, templates expanded as locally. */
  private Map<String, String> testEnvironment(ShardExecutor.ShardTask task, int index) {
    if (services == null) {
      return Map.of();
    }
    Snapshot.SnapshotModule module = snapshot.module(task.shard().module());
    return ShardServices.testEnvironment(
        services,
        new ShardServices.ShardIdentity(
            task.shard().id(),
            index,
            task.shard().directoryName(),
            module.classpath(),
            module.workingDir()));
  }

  @Override
  public String lostBackend() {
    if (lost == null) {
      try {
        cluster.version();
      } catch (RuntimeException e) {
        lost = "the Kubernetes API server at " + cluster.server() + " stopped answering";
      }
    }
    return lost;
  }

  @Override
  public List<ShardExecutor.KeptShard> kept() {
    return List.of();
  }

  /** Deletes the run's pods and network policy; idempotent. */
  @Override
  public void close() {
    cluster.close();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down; the hook runs (idempotently) anyway
    }
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s+", " ").strip();
  }
}
