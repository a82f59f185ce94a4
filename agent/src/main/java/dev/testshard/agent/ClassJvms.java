package dev.testshard.agent;

import dev.testshard.agent.protocol.AgentMode;
import dev.testshard.agent.protocol.AgentOption;
import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.EventType;
import dev.testshard.agent.protocol.Protocol;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Surefire's {@code reuseForks=false}: every test class runs in a JVM of its own, so that no static
 * state reaches the next class. The agent the runner started starts that JVM for each class of its
 * shard or batch, with its own command line (the same JVM options, argument files and class path:
 * the {@code argLine}, the fork number, JaCoCo's agent, which appends to its file) and the mode
 * {@code run} for the class alone ({@link AgentOption#CHILD}). The class's JVM writes its events to
 * the same standard output while this agent waits, and sends no {@code hello} and no {@code
 * finished}, which this agent sends; its standard input is empty. A class's JVM that ends early (a
 * {@code System.exit}, a crash) does not stop the next classes, as Surefire goes on with the next
 * fork; the agent then ends as that JVM did instead of sending {@code finished} ({@link
 * #throwIfOneEnded}), so that the runner accounts for the class's unreported tests with the cause.
 */
final class ClassJvms {

  private final List<String> launch;
  private final List<String> options;
  private ClassJvmExit ended;
  private double cpuSeconds;

  private ClassJvms(List<String> launch, List<String> options) {
    this.launch = List.copyOf(launch);
    this.options = List.copyOf(options);
  }

  /**
   * The JVMs a class for a module whose selection asks for them, or null: then this JVM runs the
   * classes itself (as it does when it is a class's JVM).
   */
  static ClassJvms of(AgentArgs args, RequestFilters filters, EventStream events) {
    if (!filters.jvmPerClass() || args.child() != null) {
      return null;
    }
    if (args.sendCoverage() != null) {
      // Their JaCoCo data goes to the agent's file, which this JVM cannot send: not silently.
      events.emit(
          EventStream.event(EventType.WARNING)
              .put(
                  EventField.MESSAGE,
                  "reuseForks=false: the JaCoCo data of the JVMs that ran one class each is not"
                      + " sent from this container; the coverage lacks it"));
    }
    List<String> options = new ArrayList<>();
    if (args.selection() != null) {
      options.add(AgentOption.SELECTION);
      options.add(args.selection());
    }
    for (String engine : args.excludedEngines()) {
      options.add(AgentOption.EXCLUDE_ENGINE);
      options.add(engine);
    }
    return new ClassJvms(launch(), options);
  }

  /**
   * This JVM's command line up to its main class: as it was given, argument files included, when
   * the system tells it; else the Java of this JVM with its options and class path.
   */
  static List<String> launch() {
    ProcessHandle.Info info = ProcessHandle.current().info();
    if (info.command().isPresent() && info.arguments().isPresent()) {
      List<String> arguments = Arrays.asList(info.arguments().get());
      int main = arguments.indexOf(Protocol.MAIN_CLASS);
      if (main >= 0) {
        List<String> launch = new ArrayList<>();
        launch.add(info.command().get());
        launch.addAll(arguments.subList(0, main + 1));
        return launch;
      }
    }
    List<String> launch = new ArrayList<>();
    launch.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    launch.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    launch.add("-cp");
    launch.add(System.getProperty("java.class.path"));
    launch.add(Protocol.MAIN_CLASS);
    return launch;
  }

  /**
   * Runs each class in a JVM of its own, one after the other, and the single tests ({@code
   * uniqueIds}, re-runs) together in one more; returns how many tests they reported.
   *
   * <p>A class's JVM that did not end normally is remembered for {@link #throwIfOneEnded}.
   */
  int run(List<String> classNames, List<String> uniqueIds, EventStream events)
      throws IOException, InterruptedException {
    int reported = 0;
    for (String className : classNames) {
      reported += runOneOrRemember(List.of(className), List.of(), events);
    }
    if (!uniqueIds.isEmpty()) {
      reported += runOneOrRemember(List.of(), uniqueIds, events);
    }
    return reported;
  }

  /** The CPU time of the class JVMs that told it (each writes it after its count), in seconds. */
  double cpuSeconds() {
    return cpuSeconds;
  }

  /**
   * Ends the agent as the first class's JVM that ended early did, if one did: called instead of
   * sending {@code finished}.
   */
  void throwIfOneEnded() {
    if (ended != null) {
      throw ended;
    }
  }

  private int runOneOrRemember(List<String> classNames, List<String> uniqueIds, EventStream events)
      throws IOException, InterruptedException {
    try {
      return runOne(classNames, uniqueIds, events);
    } catch (ClassJvmExit e) {
      System.err.println("testshard: " + e.getMessage());
      if (ended == null) {
        ended = e;
      }
      return 0;
    }
  }

  private int runOne(List<String> classNames, List<String> uniqueIds, EventStream events)
      throws IOException, InterruptedException {
    Path count = Files.createTempFile("testshard-class-jvm", ".count");
    try {
      List<String> command = new ArrayList<>(launch);
      command.add(AgentMode.RUN.word());
      command.addAll(options);
      command.add(AgentOption.CHILD);
      command.add(count.toString());
      for (String uniqueId : uniqueIds) {
        command.add(AgentOption.UNIQUE_ID);
        command.add(uniqueId);
      }
      command.addAll(classNames);
      // The class's JVM writes to the same output: what this one holds goes out first.
      events.flush();
      Process jvm =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.INHERIT)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      jvm.getOutputStream().close();
      int status = jvm.waitFor();
      // "COUNT CPU_SECONDS" (ShardRun): the tests it reported, and its CPU time.
      String[] reported = Files.readString(count, StandardCharsets.UTF_8).strip().split(" ");
      if (status != 0 || reported[0].isEmpty()) {
        throw new ClassJvmExit(status, classNames.isEmpty() ? "re-runs" : classNames.get(0));
      }
      if (reported.length > 1) {
        cpuSeconds += Math.max(0, Double.parseDouble(reported[1]));
      }
      return Integer.parseInt(reported[0]);
    } finally {
      Files.deleteIfExists(count);
    }
  }

  /** A class's JVM that ended without finishing its class: the agent exits with its status. */
  static final class ClassJvmExit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    ClassJvmExit(int status, String what) {
      super("the JVM of " + what + " exited with code " + status + " before it finished");
      this.status = status;
    }

    /** The status the agent exits with: the class's JVM's, or 1 when that one said 0. */
    int status() {
      return status == 0 ? 1 : status;
    }
  }
}
