package dev.testshard.runner.exec;

import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.ContainerSpec;
import dev.testshard.runner.docker.EngineException;
import dev.testshard.runner.protocol.AgentEventSink;
import dev.testshard.runner.results.ContainerExit;
import dev.testshard.runner.results.ShardResult;
import dev.testshard.runner.services.ShardServices;
import dev.testshard.runner.snapshot.ContainerLayout;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A {@link ShardUnit} on a Docker engine: the agent's container (see {@link AgentContainer}), which
 * the unit creates, follows and removes in {@link #run}, and the shard's services, if any, which
 * {@link #release} removes or keeps. What Testcontainers started from inside the shard ({@code
 * docker-access}) is removed when the container has ended.
 */
final class DockerShardUnit implements ShardUnit {

  private final ContainerEngine engine;
  private final RunResources resources;
  private final Supplier<ContainerSpec> spec;
  private final ShardServices shardServices;
  private final ServicesOfShards services;
  private volatile String containerId;

  /**
   * @param shardServices the shard's services, started, or null when the run has none
   */
  DockerShardUnit(
      ContainerEngine engine,
      RunResources resources,
      Supplier<ContainerSpec> spec,
      ShardServices shardServices,
      ServicesOfShards services) {
    this.engine = engine;
    this.resources = resources;
    this.spec = spec;
    this.shardServices = shardServices;
    this.services = services;
  }

  @Override
  public String servicesFailure() {
    return shardServices == null ? null : shardServices.failure();
  }

  @Override
  public ContainerExit run(
      AgentEventSink events, OutputStream log, Path resultsDir, Consumer<String> onStarted) {
    DockerSessionSweep sessions = new DockerSessionSweep(engine);
    ContainerExit exit =
        new AgentContainer(engine, resources)
            .run(
                spec.get(),
                sessions.recording(events),
                log,
                ContainerLayout.REPORTS,
                resultsDir,
                id -> {
                  containerId = id;
                  onStarted.accept(id);
                });
    sessions.removeLeftovers(log);
    return exit;
  }

  @Override
  public void feed(long number, List<String> classNames) {
    String id = containerId;
    if (id == null) {
      return;
    }
    try {
      engine.copyIn(id, WorkerFeeder.QUEUE_DIR, WorkerFeeder.batch(number, classNames));
    } catch (EngineException e) {
      // the worker is gone; its accounting shows what it never finished
    }
  }

  @Override
  public void kill() {
    String id = containerId;
    if (id == null) {
      return;
    }
    try {
      engine.kill(id);
    } catch (EngineException e) {
      // the container ended by itself meanwhile, or the engine is gone: nothing to stop
    }
  }

  @Override
  public void release(ShardResult result) {
    if (shardServices != null) {
      services.finish(shardServices, result);
    }
  }
}
