package dev.testshard.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.agent.protocol.Protocol;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The agent's writes to its standard output: whole lines of at most PIPE_BUF bytes each, so that
 * another writer's bytes land between events, never inside one; a long event in pieces that join to
 * it again.
 */
class PipeFramesTest {

  /** Every write the pipe would see, as it was made. */
  private final List<byte[]> writes = new ArrayList<>();

  private final PipeFrames frames =
      new PipeFrames(
          new OutputStream() {
            @Override
            public void write(int b) {
              writes.add(new byte[] {(byte) b});
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
              byte[] copy = new byte[length];
              System.arraycopy(bytes, offset, copy, 0, length);
              writes.add(copy);
            }
          });

  @Test
  void shortEventsGoOutTogetherInWritesThePipeKeepsWholeAndOnlyOnFlush() throws Exception {
    List<String> events = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      events.add(
          Protocol.PREFIX
              + "{\"event\":\"test\",\"n\":"
              + i
              + ",\"pad\":\""
              + "p".repeat(i)
              + "\"}");
    }
    for (String event : events) {
      frames.write((event + "\n").getBytes(StandardCharsets.UTF_8));
    }
    assertThat(writes).as("nothing before the flush").isEmpty();

    frames.flush();

    assertThat(writes).hasSizeGreaterThan(1);
    for (byte[] write : writes) {
      assertThat(write.length).isLessThanOrEqualTo(PipeFrames.ATOMIC_BYTES);
      assertThat(write[write.length - 1]).as("whole lines only").isEqualTo((byte) '\n');
    }
    assertThat(String.join("", lines())).isEqualTo(String.join("\n", events) + "\n");
  }

  @Test
  void aLongEventComesInPiecesThatJoinToItNeverCuttingACharacter() throws Exception {
    // Output with characters of 2, 3 and 4 bytes, so that some piece boundary falls inside one.
    String output = "ab€é😀".repeat(3000);
    String event = "{\"event\":\"test\",\"stdout\":\"" + output + "\"}";
    frames.write(
        (Protocol.PREFIX + "{\"event\":\"ready\",\"batch\":1}\n").getBytes(StandardCharsets.UTF_8));
    frames.write((Protocol.PREFIX + event + "\n").getBytes(StandardCharsets.UTF_8));
    frames.write((Protocol.PREFIX + "{\"event\":\"fin").getBytes(StandardCharsets.UTF_8));

    frames.flush();

    List<String> lines = new ArrayList<>();
    for (byte[] write : writes) {
      assertThat(write.length).isLessThanOrEqualTo(PipeFrames.ATOMIC_BYTES);
      assertThat(write[write.length - 1]).isEqualTo((byte) '\n');
      lines.addAll(List.of(strictUtf8(write).split("\n")));
    }
    assertThat(lines.get(0)).isEqualTo(Protocol.PREFIX + "{\"event\":\"ready\",\"batch\":1}");
    List<String> pieces = lines.subList(1, lines.size());
    assertThat(pieces).hasSizeGreaterThan(5);
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < pieces.size(); i++) {
      String piece = pieces.get(i);
      boolean last = i == pieces.size() - 1;
      String prefix = last ? Protocol.PREFIX : Protocol.CONTINUATION_PREFIX;
      assertThat(piece).startsWith(prefix);
      joined.append(piece, prefix.length(), piece.length());
    }
    assertThat(joined.toString()).isEqualTo(event);

    // The unended line waits for its end.
    writes.clear();
    frames.write("ished\"}\n".getBytes(StandardCharsets.UTF_8));
    frames.flush();
    assertThat(lines()).containsExactly(Protocol.PREFIX + "{\"event\":\"finished\"}\n");
  }

  @Test
  void aLongLineThatIsNoEventIsNeverMadeToLookLikeOne() throws Exception {
    String line = "x".repeat(10_000);
    frames.write((line + "\n").getBytes(StandardCharsets.UTF_8));

    frames.flush();

    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] write : writes) {
      all.write(write);
    }
    assertThat(all.toString(StandardCharsets.UTF_8)).isEqualTo(line + "\n");
  }

  private List<String> lines() throws CharacterCodingException {
    List<String> lines = new ArrayList<>();
    for (byte[] write : writes) {
      for (String line : strictUtf8(write).split("(?<=\n)")) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** Fails on bytes that are not whole UTF-8 characters. */
  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
