package dev.testshard.runner.exec;

import dev.testshard.report.Outcome;
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
    implements AgentEventSink {

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
    if ("class-started".equals(event.type())) {
      progress.classStarted(shard, event.text("class"));
    }
    if ("class-finished".equals(event.type())) {
      progress.classFinished(
          shard, event.text("class"), event.decimal("seconds"), event.text("status"));
    }
    if ("test".equals(event.type())) {
      progress.testFinished(
          shard,
          event.text("classname"),
          event.text("name"),
          outcome(event.text("status")),
          event.text("message"));
    }
  }

  /** The agent's PASSED, SKIPPED and FAILED as they are; any other status is an error. */
  private static Outcome outcome(String status) {
    return switch (status == null ? "" : status) {
      case "PASSED" -> Outcome.PASSED;
      case "SKIPPED" -> Outcome.SKIPPED;
      case "FAILED" -> Outcome.FAILED;
      default -> Outcome.ERROR;
    };
  }

  @Override
  public void protocolError(String message) {
    collector.protocolError(message);
  }
}
