package dev.testshard.runner.execution;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The run's parallelism, as slots that units hold: from before a unit is prepared until its agent's
 * final event or the unit's end, whichever comes first. What a unit does after its final event (the
 * JVM's exit, copying results out, removing the container: half a second to a second on the 2-core
 * machine) then overlaps the next unit's start instead of delaying it. The executor takes them on
 * the one thread that submits the units, in plan order, so units start in that order.
 */
final class Slots {

  private final Semaphore permits;

  Slots(int parallel) {
    permits = new Semaphore(Math.max(1, parallel), true);
  }

  /** Waits for a free slot. */
  Slot take() {
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to start a shard", e);
    }
    return new Slot();
  }

  /** One held slot; {@link #release} frees it once, later calls do nothing. */
  final class Slot {
    private final AtomicBoolean held = new AtomicBoolean(true);

    void release() {
      if (held.getAndSet(false)) {
        permits.release();
      }
    }
  }
}
