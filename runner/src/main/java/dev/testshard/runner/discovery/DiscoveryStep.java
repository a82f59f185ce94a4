package dev.testshard.runner.discovery;

import dev.testshard.agent.protocol.AgentMode;
import dev.testshard.agent.protocol.AgentOption;
import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.Protocol;
import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.ResourceLimits;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.ContainerSpec;
import dev.testshard.runner.engine.AgentContainer;
import dev.testshard.runner.engine.RunResources;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.protocol.AgentEvent;
import dev.testshard.runner.protocol.AgentEventSink;
import dev.testshard.runner.results.ContainerExit;
import dev.testshard.runner.snapshot.AgentCommand;
import dev.testshard.runner.snapshot.ContainerLayout;
import dev.testshard.runner.snapshot.Snapshot;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Discovers the tests inside the snapshot, with each module's own class path, JUnit Platform and
 * build settings. Engines decide what a test is; the suite engine is excluded by default because it
 * re-runs what it selects.
 */
public final class DiscoveryStep {

  /** A background discovery's weight for CPU time: a 16th of a worker's. */
  static final int BACKGROUND_CPU_SHARES = ResourceLimits.DEFAULT_CPU_SHARES / 16;

  private final ContainerEngine engine;
  private final RunResources resources;

  public DiscoveryStep(ContainerEngine engine, RunResources resources) {
    this.engine = engine;
    this.resources = resources;
  }

  /**
   * The discovered classes, in the snapshot's module order, and the agent's warnings in {@code
   * warnings}. Each module is discovered with its build's settings as its first shard has them
   * (argLine, system properties, environment, working directory: JUnit 4 computes a Parameterized
   * class's parameters, and so its tests' names, at discovery); modules with the same settings
   * share one JVM ({@link DiscoveryGroup}), each group a container, at most {@code parallel} at
   * once.
   *
   * @param configEnv the configuration file's environment, templates expanded for discovery, for
   *     the discovery JVM's class path (the {@code ${classpath}} template)
   * @param background run at a low weight for CPU time, behind workers that already run tests: what
   *     they run first does not wait for discovery, which gets the cores as they idle
   * @param parallel containers at once
   */
  public List<DiscoveredClass> discover(
      Snapshot snapshot,
      String include,
      List<String> excludedEngines,
      Function<String, Map<String, String>> configEnv,
      List<String> warnings,
      boolean background,
      int parallel) {
    ResourceLimits limits =
        background ? ResourceLimits.NONE.withCpuShares(BACKGROUND_CPU_SHARES) : ResourceLimits.NONE;
    List<DiscoveryGroup> groups = DiscoveryGroup.of(snapshot.modules());
    List<Callable<Found>> runs = new ArrayList<>();
    for (DiscoveryGroup group : groups) {
      String named = groups.size() == 1 ? "" : " (module " + group.names() + ")";
      runs.add(() -> discover(snapshot, group, include, excludedEngines, configEnv, limits, named));
    }
    List<Found> found = new ArrayList<>();
    if (runs.size() == 1) {
      found.add(call(runs.get(0)));
    } else {
      found.addAll(inParallel(runs, parallel));
    }
    List<DiscoveredClass> classes = new ArrayList<>();
    for (Found one : found) {
      classes.addAll(one.classes());
      warnings.addAll(one.warnings());
    }
    // The snapshot's module order, whichever group a module was in.
    List<String> order = snapshot.modules().stream().map(m -> m.module().id()).toList();
    classes.sort(Comparator.comparingInt(c -> order.indexOf(c.module())));
    return classes;
  }

  /** What one discovery container found. */
  private record Found(List<DiscoveredClass> classes, List<String> warnings) {}

  private static List<Found> inParallel(List<Callable<Found>> runs, int parallel) {
    AtomicInteger number = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(parallel, runs.size())),
            task -> {
              Thread thread = new Thread(task, "testshard-discovery-" + number.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<Found>> futures = pool.invokeAll(runs);
      List<Found> found = new ArrayList<>();
      for (Future<Found> future : futures) {
        try {
          found.add(future.get());
        } catch (ExecutionException e) {
          // The first group's failure, in module order; the others ran to their end.
          throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
      }
      return found;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TestshardException(ExitCodes.INFRASTRUCTURE, "test discovery was interrupted");
    } finally {
      pool.shutdownNow();
    }
  }

  private static Found call(Callable<Found> run) {
    try {
      return run.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Discovers one group's modules in a container of its own. */
  private Found discover(
      Snapshot snapshot,
      DiscoveryGroup group,
      String include,
      List<String> excludedEngines,
      Function<String, Map<String, String>> configEnv,
      ResourceLimits limits,
      String named) {
    String classpath;
    AgentCommand java;
    if (group.single()) {
      // The module's own class path, as its shards have it (the class data archive applies), and
      // its build's settings in the same place on the command line.
      Snapshot.SnapshotModule module = group.modules().get(0);
      java = AgentCommand.moduleClassPath(module.descriptorDir(), group.jvmOptions());
      classpath = module.classpath();
    } else {
      // A class loader per module, with the settings the modules share.
      java = AgentCommand.classPath(snapshot.agentPath(), group.jvmOptions());
      classpath = snapshot.agentPath();
    }
    // Discovery loads classes and runs no test: the C1 compiler alone is enough. Measured on the
    // 2-core machine (shared), multi-package's discovery container: 1.18 s -> 0.99 s (medians of
    // 5). Not for shards: cpu-bound's six package shards took 55 s -> 76 s with it.
    java = java.withJvmOption("-XX:TieredStopAtLevel=1");
    List<String> arguments = new ArrayList<>();
    if (group.single()) {
      arguments.add(AgentOption.APP_LOADER);
    }
    // Relative: each module's own selection file, in its descriptor directory.
    arguments.add(AgentOption.SELECTION);
    arguments.add("selection");
    if (include != null) {
      arguments.add(AgentOption.INCLUDE);
      arguments.add(include);
    }
    for (String engineId : excludedEngines) {
      arguments.add(AgentOption.EXCLUDE_ENGINE);
      arguments.add(engineId);
    }
    group.modules().forEach(m -> arguments.add(m.descriptorDir()));
    List<String> command = java.mode(AgentMode.DISCOVER, arguments);

    List<DiscoveredClass> classes = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    boolean[] finished = {false};
    String[] agentError = {null};
    String[] protocolError = {null};
    Map<String, String> labels = new HashMap<>(resources.labels());
    labels.put("dev.testshard.role", "discovery");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ContainerExit exit =
        new AgentContainer(engine, resources)
            .run(
                new ContainerSpec(
                    null,
                    snapshot.image(),
                    command,
                    group.workingDir(),
                    environment(group, configEnv.apply(classpath)),
                    labels,
                    ContainerLayout.USER,
                    "none",
                    limits),
                new AgentEventSink() {
                  @Override
                  public void event(AgentEvent event) {
                    switch (event.type()) {
                      case CLASS_FOUND -> classes.add(toClass(snapshot, event));
                      case WARNING -> warnings.add(event.text(EventField.MESSAGE));
                      case AGENT_ERROR -> agentError[0] = event.text(EventField.MESSAGE);
                      case FINISHED -> finished[0] = true;
                      default -> {}
                    }
                  }

                  @Override
                  public void protocolError(String message) {
                    if (protocolError[0] == null) {
                      protocolError[0] = message;
                    }
                  }
                },
                log,
                null,
                null);
    if (exit.failure() != null) {
      throw new TestshardException(
          ExitCodes.INFRASTRUCTURE, "test discovery failed" + named + ": " + exit.failure());
    }
    if (protocolError[0] != null) {
      // A class event that could not be read would silently drop the class from the plan.
      throw new TestshardException(
          ExitCodes.INFRASTRUCTURE,
          "test discovery failed"
              + named
              + ": the agent's event stream was unreadable: "
              + protocolError[0]);
    }
    if (!finished[0] || exit.exitCode() == null || exit.exitCode() != 0) {
      String detail = agentError[0] != null ? agentError[0] : tail(log);
      throw new TestshardException(
          ExitCodes.INFRASTRUCTURE,
          "test discovery failed in the snapshot"
              + named
              + " (exit code "
              + exit.exitCode()
              + "): "
              + detail);
    }
    return new Found(classes, warnings);
  }

  /**
   * The discovery JVM's environment, in the order a shard's is made: the group's build environment
   * (Surefire's environmentVariables), then the configuration file's.
   */
  private static Map<String, String> environment(
      DiscoveryGroup group, Map<String, String> configEnv) {
    Map<String, String> env = new HashMap<>(group.environment());
    env.putAll(configEnv);
    env.put("HOME", "/tmp");
    return env;
  }

  private static DiscoveredClass toClass(Snapshot snapshot, AgentEvent event) {
    String module = snapshot.module(event.text(EventField.MODULE)).module().id();
    List<DiscoveredClass.PlannedTest> tests = new ArrayList<>();
    for (String name : event.texts(EventField.TEST_NAMES)) {
      int separator = name.indexOf(Protocol.NAME_SEPARATOR);
      tests.add(
          separator < 0
              ? new DiscoveredClass.PlannedTest(event.text(EventField.CLASS), name)
              : new DiscoveredClass.PlannedTest(
                  name.substring(0, separator), name.substring(separator + 1)));
    }
    return new DiscoveredClass(
        module, event.text(EventField.CLASS), event.texts(EventField.ENGINES), tests);
  }

  private static String tail(ByteArrayOutputStream log) {
    String text = log.toString(StandardCharsets.UTF_8).strip();
    String[] lines = text.split("\n");
    int from = Math.max(0, lines.length - 5);
    return String.join(" | ", List.of(lines).subList(from, lines.length));
  }
}
