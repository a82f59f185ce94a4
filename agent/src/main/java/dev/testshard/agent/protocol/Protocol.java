package dev.testshard.agent.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * Constants of the agent protocol, shared with the runner (which reads them from this package, so
 * both sides always agree). The events are described in docs/protocol.md; their types and fields
 * are {@link EventType} and {@link EventField}.
 */
public final class Protocol {

  /**
   * Starts every protocol line on the agent's standard output. The ASCII record separator makes a
   * clash with real program output practically impossible.
   */
  public static final String PREFIX = "\u001e@testshard ";

  /**
   * Starts a line that holds a piece of an event longer than a pipe keeps whole: the runner joins
   * such pieces, in order, to the text after the {@link #PREFIX} of the event's last piece. See
   * docs/protocol.md.
   */
  public static final String CONTINUATION_PREFIX = "\u001e@testshard+ ";

  /**
   * Raised when an event changes incompatibly. The agent sends it in its {@code hello} event; the
   * runner refuses a stream of another version.
   */
  public static final int VERSION = 4;

  /** The agent's main class: {@code java ... MAIN_CLASS MODE ARGS} (see {@link AgentMode}). */
  public static final String MAIN_CLASS = "dev.testshard.agent.AgentMain";

  /** The line of a worker batch that ends the worker instead of naming a class to run. */
  public static final String WORKER_STOP = "STOP";

  /**
   * The {@code --queue} of a worker that reads its batches from standard input, one line a batch:
   * the class names separated by spaces (a binary class name has none), or {@link #WORKER_STOP}.
   * The runner writes them through the engine's or the cluster's attach: no network, no file copy
   * (a copy into a running container took the engine 140 ms, a line on its input under 1 ms).
   */
  public static final String STDIN_QUEUE = "-";

  /** A worker batch as one line of its input (without its newline): the names, or a stop. */
  public static String batchLine(List<String> classNames) {
    return classNames.isEmpty() ? WORKER_STOP : String.join(" ", classNames);
  }

  /** The class names of a batch line (without its newline), {@link #WORKER_STOP} included. */
  public static List<String> batchNames(String line) {
    List<String> names = new ArrayList<>();
    for (String name : line.strip().split(" +")) {
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  /** The line on standard input that starts an agent run with {@code --await-start}. */
  public static final String START = "start";

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
