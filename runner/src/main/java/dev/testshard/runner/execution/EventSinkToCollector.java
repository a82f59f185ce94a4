package dev.testshard.runner.execution;

import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.EventType;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.protocol.AgentEvent;
import dev.testshard.runner.protocol.AgentEventSink;
import dev.testshard.runner.results.ShardResultCollector;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Feeds a shard's events to its collector and the test results it took to the progress display; why
 * the collector ignored an event goes to the shard's log ({@code logNote}).
 */
record EventSinkToCollector(
    Shard shard,
    ShardResultCollector collector,
    ProgressListener progress,
    Consumer<AgentEvent> onReady,
    Consumer<String> logNote)
    implements AgentEventSink {

  @Override
  public void event(AgentEvent event) {
    Optional<String> ignored = collector.accept(event);
    if (ignored.isPresent()) {
      logNote.accept(ignored.get());
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
