package dev.testshard.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Temporary files next to a target, and the rename that publishes them: how every report file is
 * written, so that an interrupted run never leaves one that looks complete.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * A fresh, not yet existing hidden path in the target's directory (creating the directory), so
   * the final rename stays on one file system. Not {@code Files.createTempFile}: that creates
   * owner-only files, and the rename would carry those permissions onto the report.
   */
  public static Path tempSibling(Path target, String purpose) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    return dir.resolve(
        "." + absolute.getFileName() + "." + purpose + "-" + UUID.randomUUID() + ".tmp");
  }

  /** Moves {@code source} onto {@code target} atomically where the file system can. */
  public static void publish(Path source, Path target) throws IOException {
    try {
      Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes a file if it exists, ignoring errors; null is ignored. */
  public static void deleteQuietly(Path path) {
    if (path == null) {
      return;
    }
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // Best effort: a left-over hidden temp file is harmless, and close() must not throw.
    }
  }
}
