package dev.testshard.runner.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Whether standard output is an interactive terminal, and how wide it is. */
final class Terminal {

  static final int DEFAULT_WIDTH = 80;

  private Terminal() {}

  /** A console is attached (Java 17: standard input and output) and TERM is not {@code dumb}. */
  static boolean isInteractive() {
    return System.console() != null && !"dumb".equals(System.getenv("TERM"));
  }

  /** {@code COLUMNS} when set, else what {@code stty size} says, else 80. */
  static int width() {
    Integer columns = parse(System.getenv("COLUMNS"));
    if (columns != null) {
      return columns;
    }
    try {
      Process stty =
          new ProcessBuilder("sh", "-c", "stty size < /dev/tty")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (stty.waitFor(1, TimeUnit.SECONDS) && stty.exitValue() == 0) {
        String size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String[] parts = size.strip().split("\\s+");
        Integer width = parts.length == 2 ? parse(parts[1]) : null;
        if (width != null) {
          return width;
        }
      }
      stty.destroy();
    } catch (IOException e) {
      // no stty: the default will do
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return DEFAULT_WIDTH;
  }

  private static Integer parse(String text) {
    try {
      int value = Integer.parseInt(text == null ? "" : text.strip());
      return value > 0 ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
