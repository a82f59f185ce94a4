package dev.testshard.runner.common;

/**
 * A failure the user should see as one line, with the exit code it maps to. Thrown at the point
 * where the problem is understood; caught only by the CLI.
 */
public final class TestshardException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  public TestshardException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public TestshardException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
