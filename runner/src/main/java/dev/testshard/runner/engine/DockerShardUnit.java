package dev.testshard.runner.engine;

import dev.testshard.agent.protocol.Protocol;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.ContainerSpec;
import dev.testshard.runner.docker.EngineException;
import dev.testshard.runner.execution.ShardUnit;
import dev.testshard.runner.protocol.AgentEventSink;
import dev.testshard.runner.results.ContainerExit;
import dev.testshard.runner.results.ShardResult;
import dev.testshard.runner.services.ShardServices;
import dev.testshard.runner.snapshot.ContainerLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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

  /** A worker's standard input, where its batches go; null for a shard or before the start. */
  private volatile OutputStream input;

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
                (id, workerInput) -> {
                  containerId = id;
                  input = workerInput;
                  onStarted.accept(id);
                });
    input = null;
    sessions.removeLeftovers(log);
    return exit;
  }

  /**
   * Writes batch {@code number} to the worker's input as the agent reads it ({@code --queue -}):
   * one line, the class names separated by spaces, or {@code STOP} for none. The number is implied
   * by the order.
   */
  @Override
  public synchronized void feed(long number, List<String> classNames) {
    OutputStream worker = input;
    if (worker == null) {
      return;
    }
    try {
      worker.write((Protocol.batchLine(classNames) + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
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
