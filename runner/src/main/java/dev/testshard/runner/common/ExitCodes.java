package dev.testshard.runner.common;

/** The exit codes of testshard; documented in the README. */
public final class ExitCodes {

  public static final int PASSED = 0;
  public static final int TEST_FAILURES = 1;
  public static final int USAGE = 2;
  public static final int NO_TESTS = 3;
  public static final int INFRASTRUCTURE = 4;
  public static final int INTERNAL = 5;

  private ExitCodes() {}
}
