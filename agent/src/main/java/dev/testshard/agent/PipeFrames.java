package dev.testshard.agent;

import dev.testshard.agent.protocol.Protocol;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The agent's event lines on its standard output, written so that nothing else written to the same
 * file descriptor can land inside an event: a test writing to {@code FileDescriptor.out}, native
 * code, a child process that inherited it. A pipe keeps a write of at most {@value #ATOMIC_BYTES}
 * bytes ({@code PIPE_BUF}) whole among other writers' writes, and splits a longer one wherever it
 * has to wait for room. (Found by {@code RunawayIT}: a test wrote 50 MB straight to the descriptor
 * while the agent wrote the event of the test before, which carried 1 MB of captured output; 64 KiB
 * of the test's bytes landed inside the event's output text, still valid JSON, and vanished into
 * the other test's report.)
 *
 * <p>So every write here is whole lines of at most {@value #ATOMIC_BYTES} bytes: as many events as
 * fit, and an event longer than that in pieces, each a line of its own, starting with {@link
 * Protocol#CONTINUATION_PREFIX} but the last, which starts with {@link Protocol#PREFIX}; a piece
 * never ends inside a UTF-8 character. What is written waits here until {@link #flush}; an unended
 * line waits for its end. Not thread-safe: the {@link EventStream} over it locks.
 */
final class PipeFrames extends OutputStream {

  /** The longest write a pipe keeps whole: POSIX's {@code PIPE_BUF} on Linux. */
  static final int ATOMIC_BYTES = 4096;

  private static final byte[] PREFIX = Protocol.PREFIX.getBytes(StandardCharsets.UTF_8);
  private static final byte[] CONTINUATION =
      Protocol.CONTINUATION_PREFIX.getBytes(StandardCharsets.UTF_8);

  /** A buffer that grew past this for one long event is let go after it, not kept for the JVM. */
  private static final int KEPT_BUFFER_BYTES = 1 << 20;

  private final OutputStream out;
  private ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private final byte[] chunk = new byte[ATOMIC_BYTES];
  private int chunkLength;

  PipeFrames(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int b) {
    pending.write(b);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    pending.write(bytes, offset, length);
  }

  /** Writes every ended line, in writes of whole lines the pipe keeps whole. */
  @Override
  public void flush() throws IOException {
    byte[] bytes = pending.toByteArray();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line(bytes, start, i - start);
        start = i + 1;
      }
    }
    if (bytes.length > KEPT_BUFFER_BYTES) {
      pending = new ByteArrayOutputStream();
    } else {
      pending.reset();
    }
    pending.write(bytes, start, bytes.length - start);
    writeChunk();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }

  /** One line, without its line end. */
  private void line(byte[] bytes, int offset, int length) throws IOException {
    if (length + 1 <= ATOMIC_BYTES) {
      append(bytes, offset, length);
      return;
    }
    if (!startsWith(bytes, offset, length, PREFIX)) {
      // No event (only events come here): as it is, never made to look like one.
      writeChunk();
      out.write(bytes, offset, length);
      out.write('\n');
      return;
    }
    int end = offset + length;
    int room = ATOMIC_BYTES - CONTINUATION.length - 1;
    int piece = offset + PREFIX.length;
    while (end - piece > ATOMIC_BYTES - PREFIX.length - 1) {
      int cut = piece + room;
      while (cut > piece && (bytes[cut] & 0xC0) == 0x80) {
        cut--; // not inside a UTF-8 character
      }
      appendFrame(CONTINUATION, bytes, piece, cut - piece);
      piece = cut;
    }
    appendFrame(PREFIX, bytes, piece, end - piece);
  }

  private void appendFrame(byte[] prefix, byte[] bytes, int offset, int length) throws IOException {
    if (chunkLength + prefix.length + length + 1 > ATOMIC_BYTES) {
      writeChunk();
    }
    System.arraycopy(prefix, 0, chunk, chunkLength, prefix.length);
    chunkLength += prefix.length;
    System.arraycopy(bytes, offset, chunk, chunkLength, length);
    chunkLength += length;
    chunk[chunkLength++] = '\n';
  }

  private void append(byte[] bytes, int offset, int length) throws IOException {
    if (chunkLength + length + 1 > ATOMIC_BYTES) {
      writeChunk();
    }
    System.arraycopy(bytes, offset, chunk, chunkLength, length);
    chunkLength += length;
    chunk[chunkLength++] = '\n';
  }

  private void writeChunk() throws IOException {
    if (chunkLength > 0) {
      out.write(chunk, 0, chunkLength);
      chunkLength = 0;
    }
  }

  private static boolean startsWith(byte[] bytes, int offset, int length, byte[] prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
