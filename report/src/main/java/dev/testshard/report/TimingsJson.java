package dev.testshard.report;

import java.io.IOException;
import java.nio.file.Path;

/** Writes and reads {@code timings.json} (format {@value RunTimings#FORMAT}). Thread-safe. */
public final class TimingsJson {

  private TimingsJson() {}

  /** Writes {@code timings} to {@code file} atomically, creating its directory if needed. */
  public static void write(Path file, RunTimings timings) throws IOException {
    if (file.toAbsolutePath().getParent() != null) {
      java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
    }
    JsonFiles.write(file, timings);
  }

  /**
   * Reads timings written by {@link #write}.
   *
   * @throws IOException when the file cannot be read or holds no valid timings
   */
  public static RunTimings read(Path file) throws IOException {
    return JsonFiles.read(file, RunTimings.class);
  }
}
