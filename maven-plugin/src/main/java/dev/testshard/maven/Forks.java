package dev.testshard.maven;

/** Surefire's reading of {@code forkCount} ({@code convertWithCoreCount}, Surefire 3.x). */
final class Forks {
  private Forks() {}

  /**
   * Whether Surefire forks a JVM for the tests: {@code forkCount} is a number, or a multiple of the
   * CPU count with a {@code C} suffix; any positive value forks. An unset or unreadable value reads
   * as the default, 1 (Surefire fails the build on the latter).
   */
  static boolean forking(String forkCount) {
    if (forkCount == null || forkCount.isBlank()) {
      return true;
    }
    String trimmed = forkCount.trim();
    try {
      if (trimmed.endsWith("C")) {
        return Double.parseDouble(trimmed.substring(0, trimmed.length() - 1)) > 0;
      }
      return Integer.parseInt(trimmed) > 0;
    } catch (NumberFormatException e) {
      return true;
    }
  }
}
