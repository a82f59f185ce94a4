package dev.testshard.agent;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The agent's standard input, line by line, as the runner talks to it through the engine's or the
 * cluster's attach: the start line ({@code --await-start}) and a worker's batches ({@code --queue
 * -}). One reader for the JVM, so that no buffered line is lost between two reads.
 */
final class StandardInput {

  private static BufferedReader in;

  private StandardInput() {}

  /**
   * Reads the process's standard input from now on, and gives the tests ({@link System#in}) an
   * empty one instead: the runner's lines are the agent's alone.
   */
  static synchronized void takeOver() {
    use(new FileInputStream(FileDescriptor.in));
    System.setIn(new ByteArrayInputStream(new byte[0]));
  }

  /** Reads from {@code input} from now on (tests; the agent reads {@link System#in}). */
  static synchronized void use(InputStream input) {
    in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
  }

  /** The next line without its end, or null once the runner closed the input. */
  static synchronized String line() {
    if (in == null) {
      use(System.in);
    }
    try {
      return in.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the agent's input", e);
    }
  }
}
