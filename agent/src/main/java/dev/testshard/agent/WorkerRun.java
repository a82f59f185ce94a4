package dev.testshard.agent;

import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.EventType;
import dev.testshard.agent.protocol.Protocol;
import java.util.List;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A long-lived worker for dynamic mode: runs batches of classes that the runner hands it one at a
 * time, in one JVM. The batches come as lines of standard input ({@code --queue -}), which the
 * runner writes through the engine's or the cluster's attach (so a remote engine works, and the
 * container needs no network). The worker announces each batch it can take with a {@code ready}
 * event; a batch holding {@code STOP} ends it, and so does an input the runner closed early (with
 * an error, instead of a wait forever).
 */
public final class WorkerRun {

  /** Batch {@code batch}'s class names (or {@link Protocol#WORKER_STOP} alone) from the input. */
  private static List<String> fromStandardInput(int batch) {
    String line = StandardInput.line();
    if (line == null) {
      throw new IllegalStateException("the runner closed the worker's input before batch " + batch);
    }
    return Protocol.batchNames(line);
  }

  public void execute(AgentArgs args, EventStream events) throws Exception {
    if (!Protocol.STDIN_QUEUE.equals(args.queueDir())) {
      throw new IllegalArgumentException(
          "worker mode reads its batches from standard input: --queue " + Protocol.STDIN_QUEUE);
    }
    RequestFilters filters = ShardRun.requestFilters(args);
    ClassJvms jvms = ClassJvms.of(args, filters, events);
    // With a JVM a class, the tests run in those: this one needs no launcher.
    Launcher launcher = jvms == null ? LauncherFactory.create() : null;
    int reported = 0;
    int classes = 0;
    for (int batch = 1; ; batch++) {
      events.emitNow(EventStream.event(EventType.READY).put(EventField.BATCH, batch));
      List<String> names = fromStandardInput(batch);
      if (names.contains(Protocol.WORKER_STOP)) {
        break;
      }
      reported +=
          jvms != null
              ? jvms.run(names, List.of(), events)
              : ShardRun.runBatch(names, List.of(), filters, events, launcher);
      classes += names.size();
    }
    if (jvms != null) {
      jvms.throwIfOneEnded();
    }
    CoverageSender.sendIfAsked(args, events);
    events.emit(
        ShardRun.finished(jvms).put(EventField.TESTS, reported).put(EventField.CLASSES, classes));
  }
}
