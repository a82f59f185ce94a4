package dev.testshard.runner.execution;

import dev.testshard.agent.protocol.EventField;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.protocol.AgentEvent;
import dev.testshard.runner.results.ShardResultCollector;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Feeds a dynamic-mode worker: answers each {@code ready} event with the next batch of its module's
 * queue (the first batch is the class the worker was started with, if any; later ones may hold
 * several short classes, see {@link WorkQueue#pollBatch}), or {@code STOP} when the queue is empty
 * or the run is stopping; where that costs no balance it also delivers the batch after that one, so
 * the worker does not wait for a round trip. The worker's {@link ShardUnit} delivers the batches
 * through its backend's API (lines on the agent's input, by attach), so the worker needs no network
 * (see docs/protocol.md). Called on the thread that reads the worker's events.
 */
final class WorkerFeeder implements Consumer<AgentEvent> {

  private final ShardUnit unit;
  private final ShardExecutor.ShardTask task;
  private final ShardResultCollector collector;
  private final BooleanSupplier stopping;
  private final boolean batching;

  /** The highest batch number handed to the worker (events come on one thread). */
  private long delivered;

  /** The classes of that batch: those the worker runs, or will run next. */
  private List<DiscoveredClass> running = List.of();

  WorkerFeeder(
      ShardUnit unit,
      ShardExecutor.ShardTask task,
      ShardResultCollector collector,
      BooleanSupplier stopping,
      boolean batching) {
    this.unit = unit;
    this.task = task;
    this.collector = collector;
    this.stopping = stopping;
    this.batching = batching;
  }

  @Override
  public void accept(AgentEvent ready) {
    long number = ready.number(EventField.BATCH, 0);
    if (number > delivered) {
      List<DiscoveredClass> next;
      if (delivered == 0 && !task.shard().classes().isEmpty()) {
        next = List.of(task.shard().classes().get(0));
      } else {
        // A worker started before discovery ended waits here for its first class.
        next =
            stopping.getAsBoolean()
                ? List.of()
                : task.queue().pollBatch(task.shard().id(), stopping, task.shardCount(), batching);
        // Planned for this worker from now on: if it dies, the classes are accounted as lost.
        next.forEach(collector::assign);
      }
      deliver(number, next);
      if (next.isEmpty()) {
        return;
      }
    }
    // The following batch waits in the container while this one runs, so the worker goes on
    // without a round trip to the runner; only where that costs no balance (see pollAhead).
    if (number + 1 > delivered && !running.isEmpty() && !stopping.getAsBoolean()) {
      List<DiscoveredClass> ahead =
          task.queue().pollAhead(task.shard().id(), running, task.shardCount(), batching);
      if (!ahead.isEmpty()) {
        ahead.forEach(collector::assign);
        deliver(number + 1, ahead);
      }
    }
  }

  /** Hands batch {@code number} to the worker: the classes, or {@code STOP} for none. */
  private void deliver(long number, List<DiscoveredClass> content) {
    delivered = number;
    running = content;
    unit.feed(number, content.stream().map(DiscoveredClass::className).toList());
  }
}
