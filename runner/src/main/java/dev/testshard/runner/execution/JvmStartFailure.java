package dev.testshard.runner.execution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Why a test JVM died before its agent started, read from what the JVM printed: a JVM that cannot
 * start its threads (a process limit too low) or that fails during initialisation says so only in
 * its output, and the exit code alone ("1") tells the user nothing.
 */
final class JvmStartFailure {

  /** The JVM prints little before the agent starts; more than this is not a start failure. */
  private static final int MAX_BYTES = 64 * 1024;

  private JvmStartFailure() {}

  /**
   * The cause named in {@code output}, or null when it names none.
   *
   * @param pidsLimit the container's process and thread limit, or 0 for none
   */
  static String cause(String output, long pidsLimit) {
    List<String> lines = output.lines().map(String::strip).toList();
    for (String line : lines) {
      if (line.contains("pthread_create failed")
          || line.contains("unable to create native thread")
          || line.contains("Cannot create worker GC thread")) {
        return "the JVM cannot start threads ("
            + line.replaceFirst("^(\\[[^\\]]*\\])+\\s*", "").replaceFirst(" for attributes:.*", "")
            + ")"
            + (pidsLimit > 0 ? "; is --pids-limit " + pidsLimit + " too low?" : "");
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("Error occurred during initialization of VM")) {
        return i + 1 < lines.size() && !lines.get(i + 1).isEmpty()
            ? line + ": " + lines.get(i + 1)
            : line;
      }
      if (line.startsWith("Error: ")) {
        return line;
      }
    }
    return null;
  }

  /** {@link #cause} of the start of a shard's output log; null when it cannot be read. */
  static String fromLog(Path log, long pidsLimit) {
    try (InputStream in = Files.newInputStream(log)) {
      return cause(new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8), pidsLimit);
    } catch (IOException e) {
      return null;
    }
  }
}
