package dev.testshard.runner.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted for a test, to run out of space for real; needs root (the test is skipped
 * without it). {@link #close()} unmounts it.
 */
final class TinyFileSystem implements AutoCloseable {

  final Path dir;

  private TinyFileSystem(Path dir) {
    this.dir = dir;
  }

  /** Mounts {@code kib} KiB at {@code dir}, or returns null when this user cannot mount. */
  static TinyFileSystem mount(Path dir, int kib) throws IOException {
    Files.createDirectories(dir);
    int exit = command("mount", "-t", "tmpfs", "-o", "size=" + kib + "k", "tmpfs", dir.toString());
    return exit == 0 ? new TinyFileSystem(dir) : null;
  }

  /** Fills it up. */
  void fill() throws IOException {
    byte[] page = new byte[4096];
    try (var out = Files.newOutputStream(dir.resolve("filler"))) {
      while (true) {
        out.write(page);
      }
    } catch (IOException full) {
      // full now
    }
  }

  @Override
  public void close() throws IOException {
    command("umount", dir.toString());
  }

  private static int command(String... words) throws IOException {
    Process process =
        new ProcessBuilder(List.of(words))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return -1;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }
}
