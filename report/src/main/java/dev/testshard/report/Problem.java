package dev.testshard.report;

/**
 * What went wrong in a test, or why it was skipped: the body of {@code <failure>}, {@code <error>}
 * or {@code <skipped>}. Every field may be null.
 *
 * @param message one-line message (the {@code message} attribute)
 * @param type exception class name (the {@code type} attribute)
 * @param stackTrace full stack trace (the element text)
 */
public record Problem(String message, String type, String stackTrace) {

  /**
   * The {@code type} of the error that stands for a planned test that never reported (its shard
   * crashed, timed out or was stopped): lost work, not a failure of the test itself.
   */
  public static final String LOST_TYPE = "testshard.LostTest";

  /** Whether this is the error of a planned test that never reported ({@link #LOST_TYPE}). */
  public boolean lost() {
    return LOST_TYPE.equals(type);
  }

  public static Problem of(String message) {
    return new Problem(message, null, null);
  }
}
