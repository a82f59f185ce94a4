package dev.testshard.runner.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.agent.protocol.Protocol;
import dev.testshard.runner.protocol.AgentEvent;
import dev.testshard.runner.protocol.AgentEventSink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Result files sent as events: kept whole or not at all, inside the shard's results only. */
class SentFilesTest {

  @TempDir Path results;

  private final List<String> passedOn = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();

  private final AgentEventSink next =
      new AgentEventSink() {
        @Override
        public void event(AgentEvent event) {
          passedOn.add(event.type().wireName());
        }

        @Override
        public void protocolError(String message) {
          errors.add(message);
        }
      };

  private static AgentEvent part(String name, String data, int part, int parts) {
    String base64 = Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.UTF_8));
    return AgentEvent.parse(
            Protocol.PREFIX
                + "{\"event\":\"file\",\"name\":\""
                + name
                + "\",\"data\":\""
                + base64
                + "\",\"part\":"
                + part
                + ",\"parts\":"
                + parts
                + "}")
        .orElseThrow();
  }

  private static AgentEvent event(String json) {
    return AgentEvent.parse(Protocol.PREFIX + json).orElseThrow();
  }

  @Test
  void joinsThePartsIntoTheFileAndPassesOtherEventsOn() throws Exception {
    SentFiles files = new SentFiles(next, results);

    files.event(event("{\"event\":\"class-started\",\"class\":\"a.B\"}"));
    files.event(part("coverage/jacoco-m.exec", "first ", 1, 2));
    files.event(part("coverage/jacoco-m.exec", "second", 2, 2));
    files.event(event("{\"event\":\"finished\"}"));

    assertThat(files.finish()).isEmpty();
    assertThat(Files.readString(results.resolve("coverage/jacoco-m.exec")))
        .isEqualTo("first second");
    assertThat(passedOn).containsExactly("class-started", "finished");
    assertThat(errors).isEmpty();
  }

  @Test
  void aFileWhosePartsStopEarlyIsNotKept() throws Exception {
    SentFiles files = new SentFiles(next, results);

    files.event(part("coverage/jacoco-m.exec", "first ", 1, 3));
    files.event(part("coverage/jacoco-m.exec", "second", 2, 3));

    assertThat(files.finish())
        .singleElement()
        .asString()
        .contains("coverage/jacoco-m.exec: 2 part(s) arrived, the rest never did");
    try (var left = Files.walk(results)) {
      assertThat(left.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void aPartOutOfOrderDropsTheFile() throws Exception {
    SentFiles files = new SentFiles(next, results);

    files.event(part("c.exec", "first ", 1, 3));
    files.event(part("c.exec", "third", 3, 3));

    assertThat(files.finish()).singleElement().asString().contains("part 3 came where part 2");
    assertThat(results.resolve("c.exec")).doesNotExist();
    assertThat(results.resolve("c.exec.part")).doesNotExist();
  }

  @Test
  void aNameOutsideTheResultsIsRefused() throws Exception {
    Path results = this.results.resolve("shard");
    SentFiles files = new SentFiles(next, results);

    files.event(part("../escaped.exec", "x", 1, 1));
    files.event(part("/tmp/absolute.exec", "x", 1, 1));

    assertThat(files.finish())
        .hasSize(2)
        .allSatisfy(p -> assertThat(p).contains("a name outside the shard's results"));
    assertThat(this.results.resolve("escaped.exec")).doesNotExist();
    assertThat(Path.of("/tmp/absolute.exec")).doesNotExist();
  }
}
