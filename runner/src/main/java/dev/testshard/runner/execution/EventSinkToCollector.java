package dev.testshard.runner.execution;

import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.EventType;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.protocol.AgentEvent;
import dev.testshard.runner.protocol.AgentEventSink;
import dev.testshard.runner.results.ShardResultCollector;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Feeds a shard's events to its collector and the test results it took to the progress display; why
 * the collector ignored an event goes to the shard's log ({@code logNote}), and the first time a
 * shard's event is ignored a warning line says so on the console: an ignored event may be a result
 * that a report leaves out, which the user must not learn of only by reading a log.
 */
final class EventSinkToCollector implements AgentEventSink {
  private final Shard shard;
  private final ShardResultCollector collector;
  private final ProgressListener progress;
  private final Consumer<AgentEvent> onReady;
  private final Consumer<String> logNote;
  private final AtomicBoolean warned = new AtomicBoolean();

  EventSinkToCollector(
      Shard shard,
      ShardResultCollector collector,
      ProgressListener progress,
      Consumer<AgentEvent> onReady,
      Consumer<String> logNote) {
    this.shard = shard;
    this.collector = collector;
    this.progress = progress;
    this.onReady = onReady;
    this.logNote = logNote;
  }

  @Override
  public void event(AgentEvent event) {
    Optional<String> ignored = collector.accept(event);
    if (ignored.isPresent()) {
      logNote.accept(ignored.get());
      if (warned.compareAndSet(false, true)) {
        progress.note(
            "testshard: warning: "
                + shard.id()
                + " sent events that do not fit what it was given, ignored (its output.log says"
                + " which): "
                + ignored.get());
      }
      return;
    }
    if (event.is(EventType.READY)) {
      onReady.accept(event);
    }
    if (event.is(EventType.CLASS_STARTED)) {
      progress.classStarted(shard, event.text(EventField.CLASS));
    }
    if (event.is(EventType.CLASS_FINISHED)) {
      progress.classFinished(
          shard,
          event.text(EventField.CLASS),
          event.decimal(EventField.SECONDS),
          event.text(EventField.STATUS));
    }
    if (event.is(EventType.TEST)) {
      progress.testFinished(
          shard,
          event.text(EventField.CLASSNAME),
          event.text(EventField.NAME),
          event.outcome(),
          event.text(EventField.MESSAGE));
    }
  }

  @Override
  public void protocolError(String message) {
    collector.protocolError(message);
  }
}
