package dev.testshard.runner.cli;

import dev.testshard.runner.common.TestshardException;
import java.util.Locale;

/** Parses sizes like {@code 512m}, {@code 2g}, {@code 1048576}. */
final class MemorySize {

  private MemorySize() {}

  /** Bytes, or 0 for null (no limit). */
  static long parse(String text) {
    if (text == null) {
      return 0;
    }
    String value = text.strip().toLowerCase(Locale.ROOT);
    long factor = 1;
    char unit = value.isEmpty() ? ' ' : value.charAt(value.length() - 1);
    switch (unit) {
      case 'k' -> factor = 1L << 10;
      case 'm' -> factor = 1L << 20;
      case 'g' -> factor = 1L << 30;
      default -> factor = 1;
    }
    String digits = factor == 1 ? value : value.substring(0, value.length() - 1);
    try {
      // multiplyExact: "17179869185g" must not wrap around to a plausible 1g.
      long bytes = Math.multiplyExact(Long.parseLong(digits), factor);
      if (bytes < 6L << 20) {
        throw TestshardException.badValue("--memory", text + " is below Docker's minimum of 6m");
      }
      return bytes;
    } catch (NumberFormatException | ArithmeticException e) {
      throw TestshardException.badValue("--memory", "'" + text + "' is not a size like 512m or 2g");
    }
  }
}
