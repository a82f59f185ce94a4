package dev.testshard.agent;

import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.EventType;
import dev.testshard.agent.protocol.Protocol;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A long-lived worker for dynamic mode: runs batches of classes that the runner hands it one at a
 * time, in one JVM. The runner copies each batch into the queue directory through the engine API
 * (so a remote engine works, and the container needs no network): {@code <n>.txt} holds class
 * names, one a line, and {@code <n>.ready} appears once it is complete. With {@code --queue -} the
 * batches come as lines of standard input instead (a pod, fed through attach). The worker announces
 * each batch it can take with a {@code ready} event; a batch holding {@code STOP} ends it. A queue
 * directory that vanishes (a test deleted it) ends the worker with an error instead of a wait
 * forever.
 */
public final class WorkerRun {

  private static final long POLL_MILLIS = 10;

  /** Where the batches come from: the queue directory, or standard input. */
  private interface BatchSource {
    /** The class names of batch {@code number}, or {@link Protocol#WORKER_STOP} alone. */
    List<String> next(int number) throws Exception;
  }

  /** Batches as files in the queue directory: {@code <n>.txt}, complete once {@code <n>.ready}. */
  private static BatchSource directory(Path queue) throws java.io.IOException {
    Files.createDirectories(queue);
    return batch -> {
      Path ready = queue.resolve(Protocol.batchReadyMarker(batch));
      while (!Files.exists(ready)) {
        if (!Files.isDirectory(queue)) {
          // No batch can arrive any more: end with an error rather than wait forever.
          throw new IllegalStateException(
              "the queue directory " + queue + " vanished (did a test delete it?)");
        }
        Thread.sleep(POLL_MILLIS);
      }
      List<String> names = new ArrayList<>();
      for (String line :
          Files.readAllLines(queue.resolve(Protocol.batchFile(batch)), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          names.add(line.strip());
        }
      }
      return names;
    };
  }

  /** Batches as lines of standard input: class names separated by spaces. */
  private static List<String> fromStandardInput(int batch) {
    String line = StandardInput.line();
    if (line == null) {
      throw new IllegalStateException("the runner closed the worker's input before batch " + batch);
    }
    List<String> names = new ArrayList<>();
    for (String name : line.strip().split(" +")) {
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  public void execute(AgentArgs args, EventStream events) throws Exception {
    BatchSource batches =
        Protocol.STDIN_QUEUE.equals(args.queueDir())
            ? WorkerRun::fromStandardInput
            : directory(Path.of(args.queueDir()));
    Launcher launcher = LauncherFactory.create();
    RequestFilters filters = ShardRun.requestFilters(args);
    int reported = 0;
    int classes = 0;
    for (int batch = 1; ; batch++) {
      events.emit(EventStream.event(EventType.READY).put(EventField.BATCH, batch));
      List<String> names = batches.next(batch);
      if (names.contains(Protocol.WORKER_STOP)) {
        break;
      }
      reported += ShardRun.runBatch(names, List.of(), filters, events, launcher);
      classes += names.size();
    }
    events.emit(
        EventStream.event(EventType.FINISHED)
            .put(EventField.TESTS, reported)
            .put(EventField.CLASSES, classes));
  }
}
