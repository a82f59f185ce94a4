package dev.testshard.runner.exec;

import dev.testshard.agent.Protocol;
import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.ContainerSpec;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.snapshot.ContainerLayout;
import dev.testshard.runner.snapshot.Snapshot;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Discovers the tests inside the snapshot, with each module's own class path and JUnit Platform, in
 * one container. Engines decide what a test is; the suite engine is excluded by default because it
 * re-runs what it selects.
 */
public final class DiscoveryStep {

  /** A background discovery's weight for CPU time: a 16th of a worker's. */
  static final int BACKGROUND_CPU_SHARES = ContainerSpec.Limits.DEFAULT_CPU_SHARES / 16;

  private final ContainerEngine engine;
  private final RunResources resources;

  public DiscoveryStep(ContainerEngine engine, RunResources resources) {
    this.engine = engine;
    this.resources = resources;
  }

  /**
   * The discovered classes, and the agent's warnings in {@code warnings}.
   *
   * @param configEnv the configuration file's environment, templates expanded for discovery
   * @param background run at a low weight for CPU time, behind workers that already run tests: what
   *     they run first does not wait for discovery, which gets the cores as they idle
   */
  public List<DiscoveredClass> discover(
      Snapshot snapshot,
      String include,
      List<String> excludedEngines,
      Map<String, String> configEnv,
      List<String> warnings,
      boolean background) {
    ContainerSpec.Limits limits =
        background
            ? ContainerSpec.Limits.NONE.withCpuShares(BACKGROUND_CPU_SHARES)
            : ContainerSpec.Limits.NONE;
    List<String> command = new ArrayList<>();
    command.add("java");
    // Discovery loads classes and runs no test: the C1 compiler alone is enough. Measured on the
    // 2-core machine (shared), multi-package's discovery container: 1.18 s -> 0.99 s (medians of
    // 5). Not for shards: cpu-bound's six package shards took 55 s -> 76 s with it.
    command.add("-XX:TieredStopAtLevel=1");
    boolean oneModule = snapshot.modules().size() == 1;
    if (oneModule) {
      // The module's own class path, as its shards have it: the class data archive applies.
      // and its build's settings (argLine, system properties), as its first shard has them: JUnit 4
      // computes a Parameterized class's parameters, and so its tests' names, at discovery.
      Snapshot.SnapshotModule module = snapshot.modules().get(0);
      String descriptors = module.descriptorDir();
      command.add("@" + descriptors + "/jvm-args");
      for (String option : module.jvmOptions()) {
        command.add(ShardContainers.withForkNumber(option, "1"));
      }
      command.add("@" + descriptors + "/java-args");
    } else {
      command.add("-cp");
      command.add(snapshot.agentPath());
    }
    command.add("dev.testshard.agent.AgentMain");
    command.add("discover");
    if (oneModule) {
      command.add("--app-loader");
    }
    // Relative: each module's own selection file, in its descriptor directory.
    command.add("--selection");
    command.add("selection");
    if (include != null) {
      command.add("--include");
      command.add(include);
    }
    for (String engineId : excludedEngines) {
      command.add("--exclude-engine");
      command.add(engineId);
    }
    snapshot.modules().forEach(m -> command.add(m.descriptorDir()));

    List<DiscoveredClass> classes = new ArrayList<>();
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
                    oneModule ? snapshot.modules().get(0).workingDir() : ContainerLayout.WORKSPACE,
                    environment(snapshot, configEnv),
                    labels,
                    ContainerLayout.USER,
                    "none",
                    limits),
                new AgentContainer.EventSink() {
                  @Override
                  public void event(AgentEvent event) {
                    switch (event.type()) {
                      case "class" -> classes.add(toClass(snapshot, event));
                      case "warning" -> warnings.add(event.text("message"));
                      case "agent-error" -> agentError[0] = event.text("message");
                      case "finished" -> finished[0] = true;
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
          ExitCodes.INFRASTRUCTURE, "test discovery failed: " + exit.failure());
    }
    if (protocolError[0] != null) {
      // A class event that could not be read would silently drop the class from the plan.
      throw new TestshardException(
          ExitCodes.INFRASTRUCTURE,
          "test discovery failed: the agent's event stream was unreadable: " + protocolError[0]);
    }
    if (!finished[0] || exit.exitCode() == null || exit.exitCode() != 0) {
      String detail = agentError[0] != null ? agentError[0] : tail(log);
      throw new TestshardException(
          ExitCodes.INFRASTRUCTURE,
          "test discovery failed in the snapshot (exit code " + exit.exitCode() + "): " + detail);
    }
    return classes;
  }

  /**
   * The discovery JVM's environment, in the order a shard's is made: a single module's build
   * environment (Surefire's environmentVariables; with several modules in one JVM, none), then the
   * configuration file's.
   */
  private static Map<String, String> environment(Snapshot snapshot, Map<String, String> configEnv) {
    Map<String, String> env = new HashMap<>();
    if (snapshot.modules().size() == 1) {
      snapshot
          .modules()
          .get(0)
          .environment()
          .forEach((name, value) -> env.put(name, ShardContainers.withForkNumber(value, "1")));
    }
    env.putAll(configEnv);
    env.put("HOME", "/tmp");
    return env;
  }

  private static DiscoveredClass toClass(Snapshot snapshot, AgentEvent event) {
    String module = snapshot.module(event.text("module")).module().id();
    List<DiscoveredClass.PlannedTest> tests = new ArrayList<>();
    for (String name : event.texts("testNames")) {
      int separator = name.indexOf(Protocol.NAME_SEPARATOR);
      tests.add(
          separator < 0
              ? new DiscoveredClass.PlannedTest(event.text("class"), name)
              : new DiscoveredClass.PlannedTest(
                  name.substring(0, separator), name.substring(separator + 1)));
    }
    return new DiscoveredClass(module, event.text("class"), event.texts("engines"), tests);
  }

  private static String tail(ByteArrayOutputStream log) {
    String text = log.toString(StandardCharsets.UTF_8).strip();
    String[] lines = text.split("\n");
    int from = Math.max(0, lines.length - 5);
    return String.join(" | ", List.of(lines).subList(from, lines.length));
  }
}
