package dev.testshard.runner.kubernetes;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.config.ServiceSpec;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.ContainerSpec;
import dev.testshard.runner.engine.RunResources;
import dev.testshard.runner.engine.ShardContainers;
import dev.testshard.runner.engine.StaleRuns;
import dev.testshard.runner.execution.ExecutionSettings;
import dev.testshard.runner.execution.ShardExecutor;
import dev.testshard.runner.execution.ShardRuntime;
import dev.testshard.runner.execution.ShardUnit;
import dev.testshard.runner.services.ServiceContext;
import dev.testshard.runner.services.ServiceSetup;
import dev.testshard.runner.services.ShardServices;
import dev.testshard.runner.snapshot.Snapshot;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The executor port on a Kubernetes cluster: the run's image is pushed to a registry the cluster
 * pulls from, and each shard is one pod ({@link PodManifest}) that runs the agent, followed through
 * its log ({@link KubernetesShardUnit}): a fixed shard or a dynamic-mode worker, fed through its
 * input, with the shard's services as more containers of its pod ({@link PodServices}).
 *
 * <p>{@link #close()} deletes the run's pods and policy by label; on Ctrl-C and SIGTERM the
 * shutdown hook of the {@link ClusterConnection} it was opened on does the same. Thread-safe.
 */
public final class KubernetesShardRuntime implements ShardRuntime, AutoCloseable {

  private final ClusterPods cluster;
  private final KubernetesTarget target;
  private final String image;
  private final RunResources resources;
  private final Snapshot snapshot;
  private final ShardContainers containers;
  private final ServiceContext services;
  private final Map<String, String> serviceImages;
  private final Consumer<String> notes;
  private final boolean keepOnFailure;
  private final List<ShardExecutor.KeptShard> kept = new CopyOnWriteArrayList<>();
  private volatile String lost;

  private KubernetesShardRuntime(
      ClusterPods cluster,
      KubernetesTarget target,
      String image,
      RunResources resources,
      Snapshot snapshot,
      ExecutionSettings settings,
      ServiceContext services,
      Map<String, String> serviceImages,
      Consumer<String> notes) {
    this.cluster = cluster;
    this.target = target;
    this.image = image;
    this.resources = resources;
    this.snapshot = snapshot;
    this.containers = new ShardContainers(snapshot, settings, resources);
    this.services = services;
    this.serviceImages = Map.copyOf(serviceImages);
    this.notes = notes;
    this.keepOnFailure = settings.keepOnFailure();
  }

  /**
   * Takes the cluster the connection made ready while Maven built (its version, the sweep and the
   * run's deny-all policy), and pushes the run's image to the target's registry through the local
   * engine.
   *
   * @param say where to tell what happens (one line each)
   * @param notes where the services' last log lines go when a shard with services did not pass
   * @throws TestshardException (exit 4) when the API server does not answer
   */
  public static KubernetesShardRuntime open(
      ClusterConnection connection,
      ContainerEngine engine,
      RunResources resources,
      Snapshot snapshot,
      ExecutionSettings settings,
      ServiceContext services,
      Consumer<String> say,
      Consumer<String> notes) {
    KubernetesTarget target = connection.target();
    ClusterPods cluster = connection.await(say);
    try {
      String image = target.imageReference(resources.runId());
      long start = System.nanoTime();
      engine.push(snapshot.image(), image);
      say.accept(
          String.format(
              Locale.ROOT,
              "image pushed as %s in %.1f s",
              image,
              (System.nanoTime() - start) / 1e9));
      Map<String, String> serviceImages =
          services == null
              ? Map.of()
              : ClusterServiceImages.resolve(engine, services.config().services(), target, say);
      return new KubernetesShardRuntime(
          cluster, target, image, resources, snapshot, settings, services, serviceImages, notes);
    } catch (RuntimeException e) {
      cluster.close();
      throw notAnswering(cluster.server(), e);
    }
  }

  /**
   * What a failed call to the API server becomes: one line with exit 4 for the client's own
   * exceptions, anything else unchanged.
   */
  static RuntimeException notAnswering(String server, RuntimeException e) {
    if (!(e instanceof KubernetesClientException)) {
      return e;
    }
    return new TestshardException(ExitCodes.INFRASTRUCTURE, ApiFailure.message(server, e), e);
  }

  @Override
  public ShardUnit prepare(UnitRequest request) {
    ShardExecutor.ShardTask task = request.task();
    ContainerSpec spec =
        containers.specFedThroughInput(
            task, request.index(), testEnvironment(task, request.index()));
    PodServices podServices = null;
    List<PodManifest.PodService> podContainers = List.of();
    if (services != null && services.hasServices()) {
      ServiceSetup setup = new ServiceSetup(services, identity(task, request.index()));
      Map<String, PodManifest.PodService> byName = new LinkedHashMap<>();
      for (ServiceSpec service : services.config().services()) {
        byName.put(
            service.name(),
            PodServices.podService(service, setup, serviceImages.get(service.name())));
      }
      podContainers = List.copyOf(byName.values());
      podServices =
          new PodServices(
              cluster,
              services.config().services(),
              byName,
              setup,
              snapshot.agentPath(),
              request.shardDir().resolve("services"),
              request.relativeDir() + "/services");
    }
    List<PodManifest.PodService> serviceContainers = podContainers;
    KubernetesShardUnit unit =
        new KubernetesShardUnit(
            cluster,
            PodManifest.of(
                spec,
                image,
                PodManifest.namePrefix(resources.runId(), task.shard().id()),
                cluster.namespace(),
                podContainers),
            target.pendingTimeout(),
            task.queue() != null,
            podServices,
            task.shard().id(),
            notes,
            keepOnFailure && podServices != null
                ? podName -> keep(task.shard().id(), podName, serviceContainers)
                : podName -> false);
    if (podServices != null) {
      unit.startServices(request.stopping());
    }
    return unit;
  }

  /** The configuration file's environment of the shard, templates expanded as locally. */
  private Map<String, String> testEnvironment(ShardExecutor.ShardTask task, int index) {
    if (services == null) {
      return Map.of();
    }
    return ShardServices.testEnvironment(services, identity(task, index));
  }

  private ShardServices.ShardIdentity identity(ShardExecutor.ShardTask task, int index) {
    return ShardServices.ShardIdentity.of(task.shard(), index, snapshot);
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
    return List.copyOf(kept);
  }

  /**
   * Keeps a failed shard's pod, its services running ({@code --keep-on-failure}), and records the
   * commands to get into them and to delete it.
   */
  private boolean keep(String shardId, String podName, List<PodManifest.PodService> services) {
    if (!cluster.keep(podName)) {
      return false;
    }
    String kubectl =
        "kubectl"
            + (target.context() == null ? "" : " --context " + target.context())
            + " -n "
            + cluster.namespace();
    List<String> commands = new ArrayList<>();
    for (PodManifest.PodService service : services) {
      commands.add(kubectl + " exec -it " + podName + " -c " + service.containerName() + " -- sh");
    }
    commands.add(
        kubectl + " logs " + podName + " -c " + PodManifest.CONTAINER + "   # the agent's output");
    commands.add(kubectl + " delete pod " + podName);
    kept.add(new ShardExecutor.KeptShard(shardId, commands));
    return true;
  }

  /**
   * {@code testshard clean --kubernetes}: deletes the pods and network policies of runs that are
   * over in the namespace (the context's unless given), as a run's own start does.
   *
   * @throws TestshardException (exit 4) when the API server does not answer
   */
  public static ClusterSweep clean(String context, String namespace) {
    ClusterPods cluster = ClusterPods.connect(context, namespace, null);
    try {
      cluster.firstVersion();
      return cluster.sweep(StaleRuns.ofThisProcess(), false);
    } catch (RuntimeException e) {
      throw notAnswering(cluster.server(), e);
    } finally {
      cluster.close();
    }
  }

  /** Deletes the run's pods and network policy; idempotent. */
  @Override
  public void close() {
    cluster.close();
  }
}
