package dev.testshard.runner.docker;

/** The engine refused or failed a request. The message is one line, fit to show a user. */
public class EngineException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EngineException(String message, Throwable cause) {
    super(message, cause);
  }
}
