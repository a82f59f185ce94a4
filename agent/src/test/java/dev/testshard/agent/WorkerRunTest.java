package dev.testshard.agent;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs the agent's worker mode in this JVM, feeding its queue directory as the runner would. */
class WorkerRunTest {

  @TempDir Path temp;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void endsWithAnErrorInsteadOfWaitingForeverWhenItsQueueDirectoryVanishes() throws Exception {
    Path queue = temp.resolve("queue");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(bytes, true, UTF_8);
    AgentArgs args = AgentArgs.parse(List.of("--queue", queue.toString()));
    CompletableFuture<Void> worker =
        CompletableFuture.runAsync(
            () -> {
              try {
                new WorkerRun().execute(args, new EventStream(stream));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    while (!bytes.toString(UTF_8).contains("\"ready\"") || !Files.isDirectory(queue)) {
      Thread.sleep(10);
    }

    Files.delete(queue);

    assertThatThrownBy(worker::join).hasStackTraceContaining("the queue directory");
    assertThat(RecordedEvents.fromOutput(bytes.toString(UTF_8)))
        .extracting(event -> RecordedEvents.text(event, "event"))
        .containsExactly("ready");
  }
}
