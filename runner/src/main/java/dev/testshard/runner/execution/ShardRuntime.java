package dev.testshard.runner.execution;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The executor port: where shards and dynamic-mode workers run. {@link ShardExecutor} schedules,
 * enforces deadlines, retries and accounts for results above it; an implementation only runs one
 * unit of work (a shard's or worker's agent with the shard's services beside it) somewhere: on the
 * local Docker engine ({@code engine.DockerShardRuntime}), or as a pod of a cluster.
 *
 * <p>What the port assumes of a backend is what a pod can do too: no bind mounts (results come as
 * events, or are copied out before the unit is removed), batches fed to a running agent through the
 * backend's API, and services as extra containers of the same unit, reachable under their names.
 *
 * <p>Implementations are thread-safe: units are prepared and run on several threads at once.
 */
public interface ShardRuntime {

  /**
   * Prepares the unit of one task: starts its services, when the run has any, and waits until they
   * are ready (blocking). A failure of the services does not throw: the unit reports it through
   * {@link ShardUnit#servicesFailure()}, and must still be {@linkplain ShardUnit#release released}.
   */
  ShardUnit prepare(UnitRequest request);

  /**
   * Why the backend stopped answering altogether (e.g. "the Docker engine at ... stopped
   * answering"), or null while it answers. Asked when a unit failed on the runner's side; once it
   * says so, the executor starts no more units.
   */
  String lostBackend();

  /** Failed shards whose services were left running ({@code --keep-on-failure}). */
  List<ShardExecutor.KeptShard> kept();

  /**
   * One unit to prepare.
   *
   * @param task the shard or worker, its attempt and, for a worker, its queue
   * @param index the unit's 1-based number in the run (Surefire's fork number)
   * @param shardDir the shard's directory in the report directory (its attempt's, for a retry)
   * @param relativeDir {@code shardDir} as the report names it, e.g. {@code shards/a/attempt-2}
   * @param stopping whether the run is stopping: waiting for services then ends at once
   */
  record UnitRequest(
      ShardExecutor.ShardTask task,
      int index,
      Path shardDir,
      String relativeDir,
      BooleanSupplier stopping) {}
}
