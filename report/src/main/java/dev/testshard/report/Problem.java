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

  public static Problem of(String message) {
    return new Problem(message, null, null);
  }
}
