package dev.testshard.runner.engine;

import dev.testshard.runner.execution.ProgressListener;
import dev.testshard.runner.execution.ShardExecutor;
import dev.testshard.runner.results.ShardResult;
import dev.testshard.runner.results.ShardStatus;
import dev.testshard.runner.services.ServiceContext;
import dev.testshard.runner.services.ShardServices;
import dev.testshard.runner.snapshot.Snapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * The services of every shard of a run: started before the shard's container, with their own
 * network; after it, removed when the shard passed, else their logs saved and the services removed
 * or, with {@code --keep-on-failure}, kept running. Also the configuration file's environment of
 * every test container, which does not depend on there being services.
 */
final class ServicesOfShards {

  private final ServiceContext context;
  private final Snapshot snapshot;
  private final RunResources resources;
  private final ProgressListener progress;
  private final boolean keepOnFailure;
  private final List<ShardExecutor.KeptShard> kept = new CopyOnWriteArrayList<>();

  /**
   * @param context the run's environment and services from the configuration file, or null
   */
  ServicesOfShards(
      ServiceContext context,
      Snapshot snapshot,
      RunResources resources,
      ProgressListener progress,
      boolean keepOnFailure) {
    this.context = context;
    this.snapshot = snapshot;
    this.resources = resources;
    this.progress = progress;
    this.keepOnFailure = keepOnFailure;
  }

  /** Failed shards whose services were left running. */
  List<ShardExecutor.KeptShard> kept() {
    return List.copyOf(kept);
  }

  /**
   * The configuration file's environment of the shard's test container, whether or not the run has
   * services (empty without a configuration).
   */
  Map<String, String> testEnvironment(ShardExecutor.ShardTask task, int index) {
    return context == null
        ? Map.of()
        : ShardServices.testEnvironment(context, identity(task, index));
  }

  /**
   * Starts the shard's services, or returns null when the run has none.
   *
   * @param stopping whether the run is stopping (a service still starting then gives up)
   */
  ShardServices start(
      ShardExecutor.ShardTask task,
      int index,
      Path shardDir,
      String relativeDir,
      BooleanSupplier stopping) {
    if (context == null || !context.hasServices()) {
      return null;
    }
    ShardServices shardServices =
        new ShardServices(
            context,
            identity(task, index),
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

  private ShardServices.ShardIdentity identity(ShardExecutor.ShardTask task, int index) {
    return ShardServices.ShardIdentity.of(task.shard(), index, snapshot);
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
