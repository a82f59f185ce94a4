package dev.testshard.runner.execution;

import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.EventType;
import dev.testshard.runner.common.Durations;
import dev.testshard.runner.protocol.AgentEvent;
import dev.testshard.runner.protocol.AgentEventSink;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Watches one container's events for progress while a test class runs (any event is progress: a
 * test that ended, a class that started) against its {@link StallLimit}. Between classes it does
 * not count: a container starting, or a worker waiting for the runner to hand it a class (e.g.
 * while discovery runs), is not stuck. Events arrive on the container's reading thread, {@link
 * #check} is called from a timer: thread-safe.
 */
final class StallWatch implements AgentEventSink {

  /** What {@link #check} found. */
  enum Verdict {
    PROGRESSING,
    /** Half the limit passed without progress: warn once. */
    STUCK,
    /** The limit passed: stop the container. */
    STALLED
  }

  private final AgentEventSink delegate;
  private final StallLimit limit;
  private final LongSupplier nanoClock;
  private long lastProgress;
  private String running;
  private boolean warned;

  StallWatch(AgentEventSink delegate, StallLimit limit, LongSupplier nanoClock) {
    this.delegate = delegate;
    this.limit = limit;
    this.nanoClock = nanoClock;
    this.lastProgress = nanoClock.getAsLong();
  }

  @Override
  public void event(AgentEvent event) {
    synchronized (this) {
      lastProgress = nanoClock.getAsLong();
      warned = false;
      if (event.is(EventType.CLASS_STARTED)) {
        running = event.text(EventField.CLASS);
      } else if (event.is(EventType.CLASS_FINISHED)) {
        running = null;
      }
    }
    delegate.event(event);
  }

  @Override
  public void protocolError(String message) {
    delegate.protocolError(message);
  }

  /** Whether the container is still making progress; {@link Verdict#STUCK} once per stall. */
  synchronized Verdict check() {
    if (running == null) {
      return Verdict.PROGRESSING;
    }
    Duration idle = idle();
    Duration allowed = limit.limitFor(running);
    if (idle.compareTo(allowed) >= 0) {
      return Verdict.STALLED;
    }
    if (!warned && idle.multipliedBy(2).compareTo(allowed) >= 0) {
      warned = true;
      return Verdict.STUCK;
    }
    return Verdict.PROGRESSING;
  }

  /** The warning line for {@link Verdict#STUCK}. */
  synchronized String stuckWarning(String shardId) {
    return "testshard: warning: "
        + shardId
        + " has made no progress for "
        + Durations.format(Duration.ofSeconds(idle().toSeconds()))
        + " in "
        + running
        + "; it is stopped if none comes within "
        + Durations.format(limit.limitFor(running))
        + " (see --shard-timeout)";
  }

  /** Why the container was stopped, for {@link Verdict#STALLED}. */
  synchronized String stallReason() {
    return "no test ended for "
        + Durations.format(limit.limitFor(running))
        + " (the default deadline: "
        + StallLimit.MULTIPLE
        + " times the class's expected time, at least "
        + Durations.format(limit.floor())
        + "; --shard-timeout sets another)";
  }

  private Duration idle() {
    return Duration.ofNanos(nanoClock.getAsLong() - lastProgress);
  }
}
