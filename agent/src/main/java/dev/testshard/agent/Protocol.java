package dev.testshard.agent;

/**
 * Constants of the agent protocol, shared with the runner (which reads them from this class, so
 * both sides always agree). The events are described in docs/protocol.md.
 */
public final class Protocol {

  /**
   * Starts every protocol line on the agent's standard output. The ASCII record separator makes a
   * clash with real program output practically impossible.
   */
  public static final String PREFIX = "\u001e@testshard ";

  /** Raised when an event changes incompatibly. */
  public static final int VERSION = 2;

  /** Separates classname and name in the {@code testNames} of a {@code class} event. */
  public static final char NAME_SEPARATOR = '\t';

  /**
   * The name of a test case that stands for a class as a whole (its {@code @BeforeAll} failed, it
   * was skipped, it never reported): none, as Maven Surefire writes it.
   */
  public static final String CLASS_ENTRY_NAME = "";

  /**
   * Set to {@code true} in a test container that has the Docker engine ({@code docker-access}): the
   * agent then reports the JVM's Testcontainers session in its {@code hello} event.
   */
  public static final String DOCKER_ACCESS_VARIABLE = "TESTSHARD_DOCKER_ACCESS";

  private Protocol() {}
}
