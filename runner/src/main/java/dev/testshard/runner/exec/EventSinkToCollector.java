package dev.testshard.runner.exec;

import dev.testshard.runner.plan.Shard;
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
    implements AgentContainer.EventSink {

  @Override
  public void event(AgentEvent event) {
    Optional<String> ignored = collector.accept(event);
    if (ignored.isPresent()) {
      logNote.accept(ignored.get());
      return;
    }
    if ("ready".equals(event.type())) {
      onReady.accept(event);
    }
    if ("class-finished".equals(event.type())) {
      progress.classFinished(
          shard, event.text("class"), event.decimal("seconds"), event.text("status"));
    }
    if ("test".equals(event.type())) {
      String status = event.text("status");
      progress.testFinished(
          shard,
          event.text("classname"),
          event.text("name"),
          !"PASSED".equals(status) && !"SKIPPED".equals(status),
          event.text("message"));
    }
  }

  @Override
  public void protocolError(String message) {
    collector.protocolError(message);
  }
}
