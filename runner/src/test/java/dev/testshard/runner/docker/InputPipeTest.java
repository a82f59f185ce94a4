package dev.testshard.runner.docker;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class InputPipeTest {

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aReaderInAnotherThreadGetsTheLinesInOrderThenTheEnd() throws Exception {
    InputPipe pipe = new InputPipe();
    CompletableFuture<List<String>> read =
        CompletableFuture.supplyAsync(
            () -> {
              List<String> lines = new ArrayList<>();
              try (BufferedReader reader = new BufferedReader(new InputStreamReader(pipe, UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                  lines.add(line);
                }
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
              return lines;
            });
    OutputStream out = pipe.output();
    out.write("a.B c.D\n".getBytes(UTF_8));
    // The writing thread may end before the reader reads (unlike a PipedInputStream's).
    Thread writer = new Thread(() -> write(out, "STOP\n"));
    writer.start();
    writer.join();
    out.close();

    assertThat(read.get(5, TimeUnit.SECONDS)).containsExactly("a.B c.D", "STOP");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void closingWhileAReadWaitsEndsTheReadAndLaterWritesFail() throws Exception {
    InputPipe pipe = new InputPipe();
    CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> readOne(pipe));
    Thread.sleep(100);

    pipe.close();

    assertThat(read.get(5, TimeUnit.SECONDS)).isEqualTo(-1);
    assertThatThrownBy(() -> pipe.output().write(1)).isInstanceOf(IOException.class);
  }

  private static int readOne(InputPipe pipe) {
    try {
      return pipe.read();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(OutputStream out, String text) {
    try {
      out.write(text.getBytes(UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
