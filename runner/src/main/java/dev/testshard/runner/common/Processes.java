package dev.testshard.runner.common;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs the external commands testshard needs (mvn, git, ldd), with no standard input. */
public final class Processes {

  private Processes() {}

  /**
   * Standard output of a command that exits 0 within the timeout; empty when it is missing, fails
   * or times out. Standard error is discarded.
   */
  public static Optional<String> output(List<String> command, Path dir, long timeoutSeconds) {
    return output(command, dir, timeoutSeconds, List.of());
  }

  /**
   * As {@link #output(List, Path, long)}, without the environment variables named in {@code unset}.
   */
  public static Optional<String> output(
      List<String> command, Path dir, long timeoutSeconds, Collection<String> unset) {
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
      builder.environment().keySet().removeAll(unset);
      if (dir != null) {
        builder.directory(dir.toFile());
      }
      Process process = builder.start();
      process.getOutputStream().close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (InputStream in = process.getInputStream()) {
        in.transferTo(out);
      }
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Optional.empty();
      }
      return process.exitValue() == 0
          ? Optional.of(out.toString(StandardCharsets.UTF_8))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * Runs a command with standard output and error going to a log file and returns its exit code.
   *
   * @throws IOException when the command cannot be started
   */
  public static int toLog(List<String> command, Path dir, Path log) throws IOException {
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      stop(process);
      Thread.currentThread().interrupt();
      throw new TestshardException(
          ExitCodes.INFRASTRUCTURE, "interrupted while running " + command.get(0), e);
    }
  }

  /** How long a process asked to stop gets before it and what it started are killed. */
  static final long STOP_GRACE_SECONDS = 5;

  /**
   * Stops a process and every process it started: asked first (SIGTERM), killed after {@link
   * #STOP_GRACE_SECONDS} if any is still there (a shell script between its commands, such as
   * Maven's launcher, or a process that ignores SIGTERM, would otherwise run on after testshard
   * ended).
   */
  static void stop(Process process) {
    List<ProcessHandle> started = process.descendants().toList();
    started.forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      process.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    started.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
