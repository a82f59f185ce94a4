package dev.testshard.runner.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Runs git for tests, untouched by the user's or the system's git configuration. */
final class Git {

  private Git() {}

  static void run(Path dir, String... args) {
    output(dir, "", Set.of(0), args);
  }

  /**
   * Standard output of git in {@code dir}, given {@code input}; fails unless it exits with one of
   * {@code exitCodes}.
   */
  static String output(Path dir, String input, Set<Integer> exitCodes, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of("git", "-c", "user.name=testshard", "-c", "user.email=testshard@example.com"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    try {
      Process process = builder.start();
      try (var in = process.getOutputStream()) {
        in.write(input.getBytes(StandardCharsets.UTF_8));
      }
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int code = process.waitFor();
      if (!exitCodes.contains(code)) {
        throw new IllegalStateException(command + " exited with " + code + ": " + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
