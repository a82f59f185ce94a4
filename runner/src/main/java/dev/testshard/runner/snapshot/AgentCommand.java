package dev.testshard.runner.snapshot;

import dev.testshard.agent.protocol.AgentMode;
import dev.testshard.agent.protocol.Protocol;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that builds the agent's command line (docs/protocol.md, "Modes"): {@code java},
 * testshard's JVM options, then the class path (a module's argument files, or {@code -cp}), then
 * the agent's main class, its mode and the mode's arguments. Immutable.
 */
public final class AgentCommand {

  private final List<String> jvmOptions;
  private final List<String> classPath;

  private AgentCommand(List<String> jvmOptions, List<String> classPath) {
    this.jvmOptions = List.copyOf(jvmOptions);
    this.classPath = List.copyOf(classPath);
  }

  /**
   * A JVM started as the module's shards are: the class data sharing options ({@code jvm-args}),
   * the build's own options (after testshard's, so that an {@code -Xmx} there wins), then {@code
   * java-args} with the module's class path.
   *
   * @param descriptorDir the module's descriptor directory in the image
   * @param buildOptions the build's JVM options (argLine, system properties)
   */
  public static AgentCommand moduleClassPath(String descriptorDir, List<String> buildOptions) {
    List<String> classPath = new ArrayList<>();
    classPath.add("@" + descriptorDir + "/jvm-args");
    classPath.addAll(buildOptions);
    classPath.add("@" + descriptorDir + "/java-args");
    return new AgentCommand(List.of(), classPath);
  }

  /** A JVM with {@code options} and the class path {@code classPath} (the agent's jar first). */
  public static AgentCommand classPath(String classPath, List<String> options) {
    List<String> launch = new ArrayList<>(options);
    launch.add("-cp");
    launch.add(classPath);
    return new AgentCommand(List.of(), launch);
  }

  /** This command with a testshard JVM option, which goes before the class path. */
  public AgentCommand withJvmOption(String option) {
    List<String> options = new ArrayList<>(jvmOptions);
    options.add(option);
    return new AgentCommand(options, classPath);
  }

  /** The whole command line: the agent in {@code mode} with {@code arguments}. */
  public List<String> mode(AgentMode mode, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add("java");
    command.addAll(jvmOptions);
    command.addAll(classPath);
    command.add(Protocol.MAIN_CLASS);
    command.add(mode.word());
    command.addAll(arguments);
    return List.copyOf(command);
  }

  /**
   * Surefire's fork number placeholders, as Surefire replaces them in each fork's argLine, system
   * properties and environment: here, the shard's (or worker's) 1-based index.
   */
  public static String withForkNumber(String value, String forkNumber) {
    return value
        .replace("${surefire.forkNumber}", forkNumber)
        .replace("${surefire.threadNumber}", forkNumber);
  }
}
