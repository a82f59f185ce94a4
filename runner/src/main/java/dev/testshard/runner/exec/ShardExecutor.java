package dev.testshard.runner.exec;

import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.ContainerSpec;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.plan.ShardPlan;
import dev.testshard.runner.snapshot.ContainerLayout;
import dev.testshard.runner.snapshot.Snapshot;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs every shard of a plan in its own container, at most {@code parallel} at once, and returns
 * the results in plan order. A shard whose container fails is reported as lost; it never stops the
 * other shards.
 */
public final class ShardExecutor {

  private final ContainerEngine engine;
  private final RunResources resources;
  private final Snapshot snapshot;
  private final ExecutionSettings settings;
  private final ProgressListener progress;
  private final Function<String, String> sourceFiles;

  public ShardExecutor(
      ContainerEngine engine,
      RunResources resources,
      Snapshot snapshot,
      ExecutionSettings settings,
      ProgressListener progress,
      Function<String, String> sourceFiles) {
    this.engine = engine;
    this.resources = resources;
    this.snapshot = snapshot;
    this.settings = settings;
    this.progress = progress;
    this.sourceFiles = sourceFiles;
  }

  public List<ShardResult> execute(ShardPlan plan) {
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(settings.parallel(), plan.shards().size()),
            task -> {
              Thread thread = new Thread(task, "testshard-shard-" + threadNumber.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      Map<Shard, Future<ShardResult>> futures = new LinkedHashMap<>();
      for (Shard shard : plan.shards()) {
        futures.put(shard, pool.submit(() -> runShard(shard, plan.shards().size())));
      }
      List<ShardResult> results = new ArrayList<>();
      for (Map.Entry<Shard, Future<ShardResult>> entry : futures.entrySet()) {
        try {
          results.add(entry.getValue().get());
        } catch (ExecutionException e) {
          throw new IllegalStateException(
              "shard " + entry.getKey().id() + " failed in the runner", e.getCause());
        }
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while shards were running", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private ShardResult runShard(Shard shard, int shardCount) {
    progress.shardStarted(shard);
    long start = System.nanoTime();
    Path shardDir = settings.reportDir().resolve("shards").resolve(shard.directoryName());
    String logPointer = "shards/" + shard.directoryName() + "/output.log";
    ShardResultCollector collector =
        new ShardResultCollector(shard, shardCount, sourceFiles, logPointer);
    ContainerExit exit;
    try {
      Files.createDirectories(shardDir);
      try (OutputStream log =
          new BufferedOutputStream(Files.newOutputStream(shardDir.resolve("output.log")))) {
        exit =
            new AgentContainer(engine, resources)
                .run(
                    spec(shard),
                    new AgentContainer.EventSink() {
                      @Override
                      public void event(AgentEvent event) {
                        collector.accept(event);
                        if ("test".equals(event.type())) {
                          String status = event.text("status");
                          progress.testFinished(
                              shard,
                              event.text("testClass"),
                              event.text("name"),
                              !"PASSED".equals(status) && !"SKIPPED".equals(status),
                              event.text("message"));
                        }
                      }

                      @Override
                      public void protocolError(String message) {
                        collector.protocolError(message);
                      }
                    },
                    log,
                    ContainerLayout.REPORTS,
                    shardDir.resolve("junit"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ShardResult result = collector.finish(exit, (System.nanoTime() - start) / 1e9);
    progress.shardFinished(result);
    return result;
  }

  private ContainerSpec spec(Shard shard) {
    Snapshot.SnapshotModule module = snapshot.module(shard.module());
    List<String> command = new ArrayList<>();
    command.add("java");
    command.add("@" + module.descriptorDir() + "/java-args");
    command.add("dev.testshard.agent.AgentMain");
    command.add("run");
    command.add("--reports-dir");
    command.add(ContainerLayout.REPORTS);
    for (String engineId : settings.excludedEngines()) {
      command.add("--exclude-engine");
      command.add(engineId);
    }
    command.addAll(shard.classNames());
    Map<String, String> labels = new HashMap<>(resources.labels());
    labels.put("dev.testshard.shard", shard.id());
    return new ContainerSpec(
        null,
        snapshot.image(),
        command,
        module.workingDir(),
        Map.of(
            "HOME", "/tmp",
            "TESTSHARD_SHARD", shard.id(),
            "TESTSHARD_RUN", resources.runId()),
        labels,
        ContainerLayout.USER,
        "none",
        settings.memoryBytes());
  }
}
