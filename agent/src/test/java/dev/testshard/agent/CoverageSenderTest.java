package dev.testshard.agent;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.agent.fixtures.PassFailFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** JaCoCo's data sent as file events, for a backend that copies nothing out of a container. */
class CoverageSenderTest {

  @Test
  void sendsTheDataInOrderedPartsThatJoinToIt() {
    byte[] data = new byte[2 * CoverageSender.PART_BYTES + 100];
    new Random(7).nextBytes(data);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String output;
    try (PrintStream stream = new PrintStream(bytes, true, UTF_8)) {
      CoverageSender.send("coverage/jacoco-m.exec", data, new EventStream(stream));
    }
    output = bytes.toString(UTF_8);
    List<Map<String, Object>> events = RecordedEvents.fromOutput(output);

    assertThat(events).hasSize(3);
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    for (int i = 0; i < events.size(); i++) {
      Map<String, Object> event = events.get(i);
      assertThat(event)
          .containsEntry("event", "file")
          .containsEntry("name", "coverage/jacoco-m.exec");
      assertThat(RecordedEvents.number(event, "part")).isEqualTo(i + 1);
      assertThat(RecordedEvents.number(event, "parts")).isEqualTo(3);
      joined.writeBytes(Base64.getDecoder().decode(RecordedEvents.text(event, "data")));
    }
    assertThat(joined.toByteArray()).isEqualTo(data);
    // Every line stays under the length at which Docker's json-file log splits one (16 KiB).
    assertThat(output.lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(16_384));
  }

  @Test
  void noDataIsOneEmptyPart() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream stream = new PrintStream(bytes, true, UTF_8)) {
      CoverageSender.send("c.exec", new byte[0], new EventStream(stream));
    }

    assertThat(RecordedEvents.fromOutput(bytes.toString(UTF_8)))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event).containsEntry("data", "");
              assertThat(RecordedEvents.number(event, "part")).isEqualTo(1);
              assertThat(RecordedEvents.number(event, "parts")).isEqualTo(1);
            });
  }

  @Test
  void aRunAskedForCoverageWithoutAJacocoAgentWarnsBeforeItsFinalEvent() throws Exception {
    List<Map<String, Object>> events =
        RecordedEvents.ofShardRun(
            List.of("--send-coverage", "coverage/jacoco-m.exec"),
            List.of(PassFailFixture.class.getName()));

    Map<String, Object> warning = events.get(events.size() - 2);
    assertThat(warning).containsEntry("event", "warning");
    assertThat(RecordedEvents.text(warning, "message"))
        .startsWith("no JaCoCo data to send as coverage/jacoco-m.exec: the JaCoCo agent did not");
    assertThat(events.get(events.size() - 1)).containsEntry("event", "finished");
    assertThat(events).noneMatch(event -> "file".equals(event.get("event")));
  }

  @Test
  void aRunNotAskedSendsNothing() throws Exception {
    List<Map<String, Object>> events =
        RecordedEvents.ofShardRun(List.of(PassFailFixture.class.getName()));

    assertThat(events)
        .noneMatch(
            event -> "file".equals(event.get("event")) || "warning".equals(event.get("event")));
  }
}
