package dev.testshard.runner.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Streams a tar that a {@link ContainerEngine.BuildContext} writes (on a thread of its own) into a
 * call that reads it, so that a large snapshot is never held in memory.
 */
final class PipedTar {

  /** Writing the tar failed; the cause says why (a file that could not be read, say). */
  static final class WriteFailure extends IOException {
    private static final long serialVersionUID = 1L;

    WriteFailure(Throwable cause) {
      super(cause.getMessage(), cause);
    }
  }

  private PipedTar() {}

  /**
   * Runs {@code reader} on the tar that {@code context} writes.
   *
   * @throws WriteFailure when writing failed, whatever the reader did
   */
  static <T> T pipe(
      ContainerEngine.BuildContext context, String threadName, Function<InputStream, T> reader)
      throws IOException, InterruptedException {
    AtomicReference<Throwable> writeFailure = new AtomicReference<>();
    try (PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream out = new PipedOutputStream(in)) {
      Thread writer =
          new Thread(
              () -> {
                try (out) {
                  context.writeTo(out);
                } catch (IOException | RuntimeException e) {
                  writeFailure.set(e);
                }
              },
              threadName);
      writer.setDaemon(true);
      writer.start();
      T result;
      try {
        result = reader.apply(in);
      } catch (RuntimeException e) {
        if (writeFailure.get() != null) {
          throw new WriteFailure(writeFailure.get());
        }
        throw e;
      }
      writer.join();
      if (writeFailure.get() != null) {
        throw new WriteFailure(writeFailure.get());
      }
      return result;
    }
  }
}
