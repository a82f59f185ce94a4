package dev.testshard.runner.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bytes written on one side and read on the other, in another thread: what the runner writes to a
 * container's standard input ({@link ContainerEngine#attachInput}) reaches the transport's copying
 * thread through it. Unlike {@link java.io.PipedInputStream}, neither side depends on the writing
 * thread staying alive, and a write never blocks. {@link #output()}'s {@code close} ends the input
 * after what was written before it.
 */
final class InputPipe extends InputStream {

  private static final byte[] END = new byte[0];

  private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
  private byte[] current = new byte[0];
  private int position;
  private boolean ended;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** The writing side; each {@code write} is one chunk, {@code close} ends the input. */
  OutputStream output() {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        if (closed.get()) {
          throw new IOException("the container's input is closed");
        }
        if (length > 0) {
          byte[] chunk = new byte[length];
          System.arraycopy(bytes, offset, chunk, 0, length);
          chunks.add(chunk);
        }
      }

      @Override
      public void close() {
        end();
      }
    };
  }

  /** Not under the reader's lock, which a waiting read holds. */
  private void end() {
    if (!closed.getAndSet(true)) {
      chunks.add(END);
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public synchronized int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (position == current.length) {
      if (ended) {
        return -1;
      }
      try {
        current = chunks.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for input");
      }
      position = 0;
      if (current == END) {
        ended = true;
        return -1;
      }
    }
    int count = Math.min(length, current.length - position);
    System.arraycopy(current, position, buffer, offset, count);
    position += count;
    return count;
  }

  @Override
  public void close() {
    end();
  }
}
