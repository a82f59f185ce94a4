package dev.testshard.agent.protocol;

/**
 * The agent's command-line options after its mode word (docs/protocol.md, "Modes"): the agent
 * parses them and the runner writes them, both from these names.
 */
public final class AgentOption {

  /** {@code discover}: only classes whose name matches this regular expression. */
  public static final String INCLUDE = "--include";

  /**
   * {@code worker}: where the worker's batches come from; {@link Protocol#STDIN_QUEUE}, standard
   * input, is the one source.
   */
  public static final String QUEUE = "--queue";

  /**
   * {@code run}: wait for the line {@link Protocol#START} on standard input before running tests
   * (the runner sends it once the shard's services are ready, on a backend that starts the agent
   * beside them, as a Kubernetes pod does).
   */
  public static final String AWAIT_START = "--await-start";

  /** {@code discover}: load the module's classes with the application class loader. */
  public static final String APP_LOADER = "--app-loader";

  /** {@code run}: run only this test (a JUnit Platform unique id); repeatable. */
  public static final String UNIQUE_ID = "--unique-id";

  /** Leave out this test engine; repeatable. */
  public static final String EXCLUDE_ENGINE = "--exclude-engine";

  /**
   * {@code run}, {@code worker}: before the final event, send JaCoCo's execution data of this JVM
   * as {@code file} events under this name (a backend that cannot copy files out of the container,
   * a Kubernetes pod, asks for it).
   */
  public static final String SEND_COVERAGE = "--send-coverage";

  /**
   * {@code run}: this JVM runs one class of a module that Surefire runs a JVM a class for ({@code
   * reuseForks=false}), started by the agent that was given the class: it sends no {@code hello}
   * and no {@code finished}, which that agent sends, and writes how many tests it reported to this
   * file.
   */
  public static final String CHILD = "--child";

  /** The module's effective Surefire configuration (the selection file). */
  public static final String SELECTION = "--selection";

  private AgentOption() {}
}
