package dev.testshard.agent;

import dev.testshard.agent.protocol.AgentOption;
import java.util.ArrayList;
import java.util.List;

/** The agent's command-line options after the mode word. */
public final class AgentArgs {

  private String include;
  private String queueDir;
  private String selection;
  private String sendCoverage;
  private String child;
  private boolean appLoader;
  private boolean awaitStart;
  private final List<String> excludedEngines = new ArrayList<>();
  private final List<String> positional = new ArrayList<>();
  private final List<String> uniqueIds = new ArrayList<>();

  private AgentArgs() {}

  static AgentArgs parse(List<String> args) {
    AgentArgs parsed = new AgentArgs();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case AgentOption.INCLUDE -> parsed.include = value(args, ++i, arg);
        case AgentOption.QUEUE -> parsed.queueDir = value(args, ++i, arg);
        case AgentOption.APP_LOADER -> parsed.appLoader = true;
        case AgentOption.AWAIT_START -> parsed.awaitStart = true;
        case AgentOption.UNIQUE_ID -> parsed.uniqueIds.add(value(args, ++i, arg));
        case AgentOption.EXCLUDE_ENGINE -> parsed.excludedEngines.add(value(args, ++i, arg));
        case AgentOption.SELECTION -> parsed.selection = value(args, ++i, arg);
        case AgentOption.SEND_COVERAGE -> parsed.sendCoverage = value(args, ++i, arg);
        case AgentOption.CHILD -> parsed.child = value(args, ++i, arg);
        default -> {
          if (arg.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + arg);
          }
          parsed.positional.add(arg);
        }
      }
    }
    return parsed;
  }

  private static String value(List<String> args, int index, String option) {
    if (index >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(index);
  }

  /** Where a worker reads its batches ({@code -}: standard input), or null. */
  public String queueDir() {
    return queueDir;
  }

  /** The name under which to send this JVM's JaCoCo data before the final event, or null. */
  public String sendCoverage() {
    return sendCoverage;
  }

  /**
   * Where a JVM started for one class of a {@code reuseForks=false} module writes how many tests it
   * reported, or null when this is the agent the runner started ({@link AgentOption#CHILD}).
   */
  public String child() {
    return child;
  }

  /** Whether {@code run} waits for the start line on standard input first. */
  public boolean awaitStart() {
    return awaitStart;
  }

  /** Whether discovery uses this JVM's class path instead of a class loader per module. */
  public boolean appLoader() {
    return appLoader;
  }

  /** Regular expression a top-level class name must match to be discovered, or null for all. */
  public String include() {
    return include;
  }

  public List<String> excludedEngines() {
    return List.copyOf(excludedEngines);
  }

  /**
   * The Surefire selection file, or null for none. {@code discover} resolves it against each module
   * directory; {@code run} and {@code worker} read it as given.
   */
  public String selection() {
    return selection;
  }

  /** JUnit Platform unique ids of single tests to run (re-runs of failed tests). */
  public List<String> uniqueIds() {
    return List.copyOf(uniqueIds);
  }

  public List<String> positional() {
    return List.copyOf(positional);
  }
}
