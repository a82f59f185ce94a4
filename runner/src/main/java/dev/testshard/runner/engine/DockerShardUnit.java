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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

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
      engine.copyIn(id, ContainerLayout.QUEUE, batch(number, classNames));
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

  /**
   * Batch {@code number} as the agent reads it from {@link ContainerLayout#QUEUE}: a tar of {@code
   * <n>.txt} (the class names, one a line, or {@code STOP} for none) and then the marker {@code
   * <n>.ready}, so reads see whole files.
   */
  private static byte[] batch(long number, List<String> classNames) {
    String content =
        String.join("\n", classNames.isEmpty() ? List.of(Protocol.WORKER_STOP) : classNames);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      String file = Protocol.batchFile(number);
      for (String name : List.of(file, Protocol.batchReadyMarker(number))) {
        byte[] data = (name.equals(file) ? content + "\n" : "").getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(data.length);
        entry.setMode(0100644);
        tar.putArchiveEntry(entry);
        tar.write(data);
        tar.closeArchiveEntry();
      }
      tar.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
