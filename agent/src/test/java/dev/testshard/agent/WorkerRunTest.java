package dev.testshard.agent;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs the agent's worker mode in this JVM, feeding its input as the runner would. */
class WorkerRunTest {

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void readsItsBatchesFromStandardInputWithQueueDash() throws Exception {
    StandardInput.use(new ByteArrayInputStream("STOP\n".getBytes(UTF_8)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    new WorkerRun()
        .execute(
            AgentArgs.parse(List.of("--queue", "-")),
            new EventStream(new PrintStream(bytes, true, UTF_8)));

    assertThat(RecordedEvents.fromOutput(bytes.toString(UTF_8)))
        .extracting(event -> RecordedEvents.text(event, "event"))
        .containsExactly("ready", "finished");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void endsWithAnErrorWhenTheRunnerClosesItsInput() {
    StandardInput.use(new ByteArrayInputStream(new byte[0]));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    assertThatThrownBy(
            () ->
                new WorkerRun()
                    .execute(
                        AgentArgs.parse(List.of("--queue", "-")),
                        new EventStream(new PrintStream(bytes, true, UTF_8))))
        .hasMessage("the runner closed the worker's input before batch 1");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aShardWithAwaitStartRunsNothingUntilTheStartLine() {
    StandardInput.use(new ByteArrayInputStream("go\n".getBytes(UTF_8)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    assertThatThrownBy(
            () ->
                new ShardRun()
                    .execute(
                        AgentArgs.parse(List.of("--await-start", "com.example.Missing")),
                        new EventStream(new PrintStream(bytes, true, UTF_8))))
        .hasMessage("expected 'start' on the agent's input, got 'go'");
    assertThat(bytes.toString(UTF_8)).isEmpty();
  }

  @Test
  void refusesAQueueOtherThanStandardInput() {
    assertThatThrownBy(
            () ->
                new WorkerRun()
                    .execute(
                        AgentArgs.parse(List.of("--queue", "/testshard/queue")),
                        new EventStream(new PrintStream(new ByteArrayOutputStream(), true, UTF_8))))
        .hasMessageContaining("--queue -");
  }
}
