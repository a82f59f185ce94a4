package dev.testshard.runner.steps;

import dev.testshard.runner.execution.ProgressListener;
import dev.testshard.runner.execution.ShardExecutor;
import dev.testshard.runner.execution.WorkQueue;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.TimingHistory;
import dev.testshard.runner.results.ShardResult;
import dev.testshard.runner.snapshot.Snapshot;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Dynamic mode for a project of one module, with the workers started before discovery ends, so that
 * the first class goes to a JVM that is already up. Until discovery ends the workers take the
 * classes the timing history knows that the snapshot still holds, longest first; discovery then
 * starts once the first of them went out, at a low weight for CPU time, and fills the queue with
 * the rest (new classes included). Without a history the workers wait for discovery. A failed
 * discovery (or no tests) stops the workers and ends the run with its own error.
 */
final class WorkersFirst {

  /** The longest discovery waits for a worker to start its first class from the history. */
  private static final Duration FIRST_CLASS_WAIT = Duration.ofSeconds(5);

  private final DiscoverStep discoverStep;
  private final Snapshot snapshot;
  private final TimingHistory history;
  private final String include;

  WorkersFirst(DiscoverStep discovery, Snapshot snapshot, TimingHistory history, String include) {
    this.discoverStep = discovery;
    this.snapshot = snapshot;
    this.history = history;
    this.include = include;
  }

  /**
   * How many workers to start: {@code parallel}, but no more than the module's top-level classes
   * whose names match {@code include} (an upper bound on its test classes), since each worker may
   * start services of its own; at least one.
   */
  static int count(Snapshot snapshot, int parallel, String include) {
    long candidates =
        snapshot.modules().get(0).topLevelClasses().stream()
            .filter(TimingHistory.matching(include))
            .count();
    return (int) Math.max(1, Math.min(parallel, candidates));
  }

  /**
   * Runs the workers and discovery side by side.
   *
   * @param discovered hears the classes discovery found
   */
  List<ShardResult> run(
      ShardExecutor executor,
      int workers,
      ProgressListener progress,
      Consumer<List<DiscoveredClass>> discovered) {
    Snapshot.SnapshotModule module = snapshot.modules().get(0);
    WorkQueue queue =
        WorkQueue.awaiting(
            module.module().id(),
            history.knownAmong(module.module().id(), module.topLevelClasses(), include));
    CompletableFuture<Void> discovery = new CompletableFuture<>();
    Thread discoverer =
        new Thread(() -> discover(queue, progress, discovered, discovery), "testshard-discovery");
    discoverer.setDaemon(true);
    discoverer.start();
    List<ShardResult> results = executor.executeDynamic(queue, workers);
    try {
      discovery.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
    return results;
  }

  private void discover(
      WorkQueue queue,
      ProgressListener progress,
      Consumer<List<DiscoveredClass>> discovered,
      CompletableFuture<Void> discovery) {
    try {
      // With classes from the history the workers have work already: discovery then starts once
      // the first class went out, and takes the cores only as they idle.
      boolean background = queue.hasProvisional();
      if (background) {
        queue.awaitFirstTaken(FIRST_CLASS_WAIT);
      }
      List<DiscoveredClass> found =
          discoverStep.discover(
              snapshot,
              progress::note,
              warning -> progress.note("warning: " + warning),
              background);
      discovered.accept(found);
      queue.fill(found, history.estimator(found));
      discovery.complete(null);
    } catch (InterruptedException e) {
      queue.cancel();
      Thread.currentThread().interrupt();
      discovery.completeExceptionally(e);
    } catch (RuntimeException | Error e) {
      queue.cancel();
      discovery.completeExceptionally(e);
    }
  }
}
