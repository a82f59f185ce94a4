package dev.testshard.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes and reads {@code summary.json} (format {@value RunSummary#FORMAT}): pretty-printed UTF-8
 * JSON, fields in the order of the {@link RunSummary} record components, instants as ISO-8601 UTC
 * strings, absent values as {@code null}. Reading ignores unknown fields, so tools can read files
 * from later versions that only add fields. Thread-safe.
 */
public final class SummaryJson {

  private SummaryJson() {}

  /** Writes {@code summary} to {@code file} atomically (temporary file, then rename). */
  public static void write(Path file, RunSummary summary) throws IOException {
    JsonFiles.write(file, summary);
  }

  /**
   * Reads a summary written by {@link #write}.
   *
   * @throws IOException when the file cannot be read or is not a valid summary
   */
  public static RunSummary read(Path file) throws IOException {
    return JsonFiles.read(file, RunSummary.class);
  }
}
