package dev.testshard.runner.docker;

/** The engine does not answer at all (not running, wrong DOCKER_HOST, no permission). */
public final class EngineUnavailableException extends EngineException {

  private static final long serialVersionUID = 1L;

  public EngineUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
