package dev.testshard.runner.exec;

import dev.testshard.runner.services.ServiceContext;
import dev.testshard.runner.services.ShardServices;
import dev.testshard.runner.snapshot.Snapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * The services of every shard of a run: started before the shard's container, with their own
 * network; after it, removed when the shard passed, else their logs saved and the services removed
 * or, with {@code --keep-on-failure}, kept running.
 */
final class ServicesOfShards {

  private final ServiceContext services;
  private final Snapshot snapshot;
  private final RunResources resources;
  private final ProgressListener progress;
  private final boolean keepOnFailure;
  private final BooleanSupplier stopping;
  private final List<ShardExecutor.KeptShard> kept = new CopyOnWriteArrayList<>();

  /**
   * @param services the run's services, or null when it has none
   * @param stopping whether the run is stopping (a service still starting then gives up)
   */
  ServicesOfShards(
      ServiceContext services,
      Snapshot snapshot,
      RunResources resources,
      ProgressListener progress,
      boolean keepOnFailure,
      BooleanSupplier stopping) {
    this.services = services;
    this.snapshot = snapshot;
    this.resources = resources;
    this.progress = progress;
    this.keepOnFailure = keepOnFailure;
    this.stopping = stopping;
  }

  /** Failed shards whose services were left running. */
  List<ShardExecutor.KeptShard> kept() {
    return List.copyOf(kept);
  }

  /** Starts the shard's services, or returns null when the run has none. */
  ShardServices start(ShardExecutor.ShardTask task, int index, Path shardDir, String relativeDir) {
    if (services == null) {
      return null;
    }
    Snapshot.SnapshotModule module = snapshot.module(task.shard().module());
    ShardServices shardServices =
        new ShardServices(
            services,
            new ShardServices.ShardIdentity(
                task.shard().id(),
                index,
                task.shard().directoryName(),
                module.classpath(),
                module.workingDir()),
            shardDir.resolve("services"),
            resources::containerCreated,
            stopping,
            relativeDir + "/services");
    long start = System.nanoTime();
    shardServices.startQuietly();
    if (shardServices.failure() == null) {
      progress.note(
          String.format(
              Locale.ROOT,
              "services of %s ready in %.1f s",
              task.shard().id(),
              (System.nanoTime() - start) / 1e9));
    }
    return shardServices;
  }

  /** Saves the services' logs when the shard did not pass, then removes or keeps them. */
  void finish(ShardServices shardServices, ShardResult result) {
    if (result.status() == ShardStatus.PASSED) {
      shardServices.close();
      return;
    }
    for (String line : shardServices.saveEvidence()) {
      progress.note(line);
    }
    if (keepOnFailure) {
      kept.add(
          new ShardExecutor.KeptShard(result.shard().id(), shardServices.keep(resources::keep)));
    } else {
      shardServices.close();
    }
  }
}
