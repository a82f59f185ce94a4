package dev.testshard.runner.engine;

import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.ContainerSpec;
import dev.testshard.runner.docker.EngineException;
import dev.testshard.runner.execution.ExecutionSettings;
import dev.testshard.runner.execution.ProgressListener;
import dev.testshard.runner.execution.RunClock;
import dev.testshard.runner.execution.ShardExecutor;
import dev.testshard.runner.execution.ShardRuntime;
import dev.testshard.runner.execution.ShardUnit;
import dev.testshard.runner.services.ServiceContext;
import dev.testshard.runner.services.ShardServices;
import dev.testshard.runner.snapshot.Snapshot;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The executor port on the local (or a remote) Docker engine: a unit is one container running the
 * agent from the run's snapshot image, with, when the run has services, one container per service
 * on a network of the shard's own.
 */
public final class DockerShardRuntime implements ShardRuntime {

  private final ContainerEngine engine;
  private final RunResources resources;
  private final ShardContainers containers;
  private final ServicesOfShards services;
  private volatile String lost;

  /**
   * @param services the run's environment and services from the configuration file, or null
   */
  public DockerShardRuntime(
      ContainerEngine engine,
      RunResources resources,
      Snapshot snapshot,
      ExecutionSettings settings,
      ProgressListener progress,
      ServiceContext services) {
    this.engine = engine;
    this.resources = resources;
    this.containers = new ShardContainers(snapshot, settings, resources);
    this.services =
        new ServicesOfShards(services, snapshot, resources, progress, settings.keepOnFailure());
  }

  /** An executor whose shards run on this engine, with the system's clock. */
  public static ShardExecutor executor(
      ContainerEngine engine,
      RunResources resources,
      Snapshot snapshot,
      ExecutionSettings settings,
      ProgressListener progress,
      BiFunction<String, String, String> sourceFiles,
      ServiceContext services) {
    return new ShardExecutor(
        new DockerShardRuntime(engine, resources, snapshot, settings, progress, services),
        settings,
        progress,
        sourceFiles,
        RunClock.system());
  }

  @Override
  public ShardUnit prepare(UnitRequest request) {
    ShardServices shardServices =
        services.start(
            request.task(),
            request.index(),
            request.shardDir(),
            request.relativeDir(),
            request.stopping());
    return new DockerShardUnit(
        engine, resources, () -> spec(request, shardServices), shardServices, services);
  }

  private ContainerSpec spec(UnitRequest request, ShardServices shardServices) {
    return containers.spec(
        request.task(),
        request.index(),
        services.testEnvironment(request.task(), request.index()),
        shardServices);
  }

  @Override
  public String lostBackend() {
    if (lost == null) {
      try {
        engine.ping();
      } catch (EngineException e) {
        lost = "the Docker engine at " + engine.endpoint() + " stopped answering";
      }
    }
    return lost;
  }

  @Override
  public List<ShardExecutor.KeptShard> kept() {
    return services.kept();
  }
}
