package dev.testshard.agent;

import dev.testshard.agent.protocol.AgentMode;
import dev.testshard.agent.protocol.AgentOption;
import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.EventType;
import dev.testshard.agent.protocol.Protocol;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Entry point of the agent inside a shard container. Uses the JDK only: the JUnit Platform classes
 * it drives are loaded from the project's own class path, so they always match the project's
 * engines.
 *
 * <pre>
 * discover [--include REGEX] [--exclude-engine ID]... [--selection FILE] MODULE_DIR...
 *     MODULE_DIR holds "classpath" and "roots" (one path per line); each module is discovered in
 *     a class loader of its own, so a multi-module project needs one JVM. A relative FILE is
 *     resolved against each MODULE_DIR.
 * run --reports-dir DIR [--exclude-engine ID]... [--selection FILE] [--unique-id ID]... CLASS...
 *     the project's test class path is this JVM's class path; --unique-id selects single tests
 *     (re-runs of failed tests).
 * worker --reports-dir DIR --queue - [--exclude-engine ID]... [--selection FILE]
 *     dynamic mode: runs the batches of classes the runner writes to its standard input.
 * discover --app-loader [--include REGEX] [--exclude-engine ID]... [--selection FILE] MODULE_DIR
 *     discovers one module with this JVM's class path (the module's), as run does, so that the
 *     class data archive of the shards applies.
 * cds ARCHIVE ARGS_FILE
 *     makes a class data archive of this JVM's class path (the agent and JUnit jars) by running a
 *     training test, and names it in ARGS_FILE when a JVM can use it (see CdsTraining).
 * probe tcp|http HOST PORT [PATH STATUS] TIMEOUT_MS INTERVAL_MS
 *     waits until a per-shard service answers (see {@link Probe}); needs no JUnit classes.
 * </pre>
 *
 * <p>{@code --selection FILE} is the module's effective Surefire selection (includes, excludes,
 * tags, engines, configuration parameters; see {@code SurefireSelection} and docs/protocol.md),
 * applied alike in discover, run and worker.
 *
 * <p>Exit status: 0 when the agent did its work (whatever the tests did), 2 on bad arguments, 3
 * when the agent itself failed. Standard output carries only protocol events; anything a test
 * prints goes to standard error.
 */
public final class AgentMain {

  private AgentMain() {}

  public static void main(String[] args) {
    PrintStream protocol =
        new PrintStream(
            new PipeFrames(new FileOutputStream(FileDescriptor.out)),
            false,
            StandardCharsets.UTF_8);
    // Test output must never land between protocol events.
    System.setOut(System.err);
    // The runner's lines on standard input are the agent's; a test reading System.in sees an
    // empty input, as in a container with none.
    StandardInput.takeOver();
    EventStream events = EventStream.batched(protocol);
    Json hello =
        EventStream.event(EventType.HELLO)
            .put(EventField.PROTOCOL, Protocol.VERSION)
            .put(EventField.JAVA, System.getProperty("java.version"))
            .put(EventField.TIME, System.currentTimeMillis());
    String dockerSession = DockerSession.id(System.getenv(), ClassLoader.getSystemClassLoader());
    if (dockerSession != null) {
      hello.put(EventField.DOCKER_SESSION, dockerSession);
    }
    if (!Arrays.asList(args).contains(AgentOption.CHILD)) {
      // A class's JVM (reuseForks=false) speaks for the agent that started it, which said hello.
      events.emitNow(hello);
    }
    int status;
    try {
      status = dispatch(args, events);
    } catch (Throwable t) {
      Throwable cause = t instanceof InvocationTargetException ite ? ite.getCause() : t;
      if (cause instanceof ClassJvms.ClassJvmExit exit) {
        // A class's JVM ended early (System.exit, a crash): end as it did, its class's unreported
        // tests lost with that cause (the agent ran the other classes).
        status = exit.status();
      } else {
        events.emit(
            EventStream.event(EventType.AGENT_ERROR)
                .put(EventField.MESSAGE, String.valueOf(cause))
                .put(EventField.TRACE, StackTraces.of(cause)));
        status = 3;
      }
    }
    protocol.flush();
    exit(status, EXIT_GRACE_MILLIS);
  }

  /**
   * How long the JVM's shutdown hooks (JaCoCo's writes its coverage file in one) get after the
   * final event before the JVM halts: a hook that never returns must not keep the container alive.
   */
  static final long EXIT_GRACE_MILLIS = 10_000;

  /**
   * Exits with {@code status}, or halts after {@code graceMillis} if shutdown hooks have not
   * finished by then. {@link System#exit} also ends the non-daemon threads that tests left running.
   */
  static void exit(int status, long graceMillis) {
    Thread watchdog =
        new Thread(
            () -> {
              try {
                Thread.sleep(graceMillis);
              } catch (InterruptedException e) {
                // halt now
              }
              System.err.println(
                  "testshard: shutdown hooks still running "
                      + graceMillis / 1000
                      + " s after the agent's final event; halting the JVM");
              Runtime.getRuntime().halt(status);
            },
            "testshard-exit-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    System.exit(status);
  }

  private static int dispatch(String[] args, EventStream events) throws Exception {
    if (args.length == 0) {
      events.emit(
          EventStream.event(EventType.AGENT_ERROR)
              .put(EventField.MESSAGE, "usage: discover|run ..."));
      return 2;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    Optional<AgentMode> mode = AgentMode.of(args[0]);
    if (mode.isEmpty()) {
      events.emit(
          EventStream.event(EventType.AGENT_ERROR)
              .put(EventField.MESSAGE, "unknown mode " + args[0]));
      return 2;
    }
    switch (mode.get()) {
      case DISCOVER:
        return discover(AgentArgs.parse(rest), events);
      case RUN:
        AgentArgs runArgs = AgentArgs.parse(rest);
        invoke("dev.testshard.agent.ShardRun", runArgs, events);
        return 0;
      case PROBE:
        return Probe.run(rest, events);
      case WORKER:
        invoke("dev.testshard.agent.WorkerRun", AgentArgs.parse(rest), events);
        return 0;
      case CDS:
        return CdsTraining.run(rest, events);
      default:
        throw new AssertionError(mode.get());
    }
  }

  /**
   * Runs a mode's class through reflection, which keeps the launcher API unresolved until a mode
   * that needs it runs (discovery loads it in per-module class loaders instead).
   */
  private static void invoke(String className, AgentArgs args, EventStream events)
      throws Exception {
    Object mode = Class.forName(className).getConstructor().newInstance();
    mode.getClass()
        .getMethod("execute", AgentArgs.class, EventStream.class)
        .invoke(mode, args, events);
  }

  private static int discover(AgentArgs args, EventStream events) throws Exception {
    URL agentCode = AgentMain.class.getProtectionDomain().getCodeSource().getLocation();
    if (args.appLoader() && args.positional().size() != 1) {
      throw new IllegalArgumentException("discover --app-loader takes exactly one module");
    }
    for (String moduleDir : args.positional()) {
      Path dir = Path.of(moduleDir);
      if (args.appLoader()) {
        discover(AgentMain.class.getClassLoader(), dir, args, events);
        continue;
      }
      List<URL> urls = new ArrayList<>();
      urls.add(agentCode);
      for (String entry : lines(dir.resolve("classpath"))) {
        urls.add(toUrl(entry));
      }
      // A loader per module whose parent is the platform loader: the module's own JUnit Platform
      // and the agent's listener classes are loaded together, apart from every other module.
      try (URLClassLoader loader =
          new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
        discover(loader, dir, args, events);
      }
    }
    events.emit(EventStream.event(EventType.FINISHED));
    return 0;
  }

  /** Discovers one module with the JUnit Platform that {@code loader} sees. */
  private static void discover(ClassLoader loader, Path dir, AgentArgs args, EventStream events)
      throws Exception {
    List<String> roots = lines(dir.resolve("roots"));
    Thread current = Thread.currentThread();
    ClassLoader previous = current.getContextClassLoader();
    current.setContextClassLoader(loader);
    try {
      Class<?> discovery = Class.forName("dev.testshard.agent.Discovery", true, loader);
      Object instance = discovery.getConstructor().newInstance();
      // Only JDK types cross the loader boundary: a module's loader has its own copy of our
      // classes.
      Method method =
          discovery.getMethod(
              "discover",
              String.class,
              List.class,
              String.class,
              List.class,
              String.class,
              Consumer.class);
      Consumer<String> sink = events::emitRaw;
      // A relative selection file names the file in each module's directory.
      String selection = args.selection() == null ? null : dir.resolve(args.selection()).toString();
      method.invoke(
          instance,
          dir.getFileName().toString(),
          roots,
          args.include(),
          args.excludedEngines(),
          selection,
          sink);
    } finally {
      current.setContextClassLoader(previous);
    }
  }

  private static List<String> lines(Path file) throws IOException {
    List<String> result = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        result.add(line.strip());
      }
    }
    return result;
  }

  private static URL toUrl(String path) throws MalformedURLException {
    return Path.of(path).toUri().toURL();
  }
}
