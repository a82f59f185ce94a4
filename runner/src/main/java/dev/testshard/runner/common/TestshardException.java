package dev.testshard.runner.common;

/**
 * A failure the user should see as one line, with the exit code it maps to. Thrown at the point
 * where the problem is understood; caught only by the CLI.
 */
public final class TestshardException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final String option;
  private final String problem;

  public TestshardException(int exitCode, String message) {
    this(exitCode, message, (Throwable) null);
  }

  public TestshardException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
    this.option = null;
    this.problem = message;
  }

  private TestshardException(String option, String problem) {
    super(option + ": " + problem);
    this.exitCode = ExitCodes.USAGE;
    this.option = option;
    this.problem = problem;
  }

  /**
   * A bad value of an option (exit 2), e.g. {@code badValue("--parallel", "must be at least 1, not
   * 0")}: the message is the option, a colon and the problem; the CLI names the configuration
   * file's key instead when the value came from there.
   */
  public static TestshardException badValue(String option, String problem) {
    return new TestshardException(option, problem);
  }

  /** The option whose value is wrong ({@code --parallel}), or null when it is no option's. */
  public String option() {
    return option;
  }

  /** The message without the option: what is wrong with its value. */
  public String problem() {
    return problem;
  }

  public int exitCode() {
    return exitCode;
  }
}
