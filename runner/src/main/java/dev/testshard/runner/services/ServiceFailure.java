package dev.testshard.runner.services;

/** A shard's services could not be made ready; the message is one line for the report. */
public final class ServiceFailure extends Exception {

  private static final long serialVersionUID = 1L;

  public ServiceFailure(String message) {
    super(message);
  }
}
