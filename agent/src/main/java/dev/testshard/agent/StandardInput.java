package dev.testshard.agent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The agent's standard input, line by line, as a runner that cannot copy files into the agent's
 * container (a Kubernetes pod, through attach) talks to it: the start line ({@code --await-start})
 * and a worker's batches ({@code --queue -}). One reader for the JVM, so that no buffered line is
 * lost between two reads.
 */
final class StandardInput {

  private static BufferedReader in;

  private StandardInput() {}

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
