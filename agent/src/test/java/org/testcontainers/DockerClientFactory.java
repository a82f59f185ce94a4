package org.testcontainers;

/** Stands in for Testcontainers' class of that name: only its session id is read. */
public final class DockerClientFactory {

  public static final String SESSION_ID = "session-of-the-fixture";

  private DockerClientFactory() {}
}
