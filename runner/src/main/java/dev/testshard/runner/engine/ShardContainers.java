package dev.testshard.runner.engine;

import dev.testshard.agent.protocol.AgentMode;
import dev.testshard.agent.protocol.AgentOption;
import dev.testshard.agent.protocol.Protocol;
import dev.testshard.runner.docker.ContainerSpec;
import dev.testshard.runner.execution.ExecutionSettings;
import dev.testshard.runner.execution.ShardExecutor;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.services.ShardServices;
import dev.testshard.runner.snapshot.AgentCommand;
import dev.testshard.runner.snapshot.ContainerLayout;
import dev.testshard.runner.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Describes the container of a shard or dynamic-mode worker: the agent's command line (class data
 * sharing arguments, class path, mode), its environment and labels, and its network: none at all
 * without services, only the shard's own with them. With {@code docker-access} it also gets the
 * engine, and without services the engine's default bridge network, from which the ports of the
 * containers the tests start are reachable.
 */
public final class ShardContainers {

  private final Snapshot snapshot;
  private final ExecutionSettings settings;
  private final RunResources resources;

  public ShardContainers(Snapshot snapshot, ExecutionSettings settings, RunResources resources) {
    this.snapshot = snapshot;
    this.settings = settings;
    this.resources = resources;
  }

  /**
   * The container for one task: its agent command, environment, labels, network and limits.
   *
   * @param index the shard's or worker's 1-based number in the run (Surefire's fork number)
   * @param configEnv the configuration file's environment, templates expanded (with or without
   *     services)
   * @param shardServices the shard's services, or null when the run has none
   */
  public ContainerSpec spec(
      ShardExecutor.ShardTask task,
      int index,
      Map<String, String> configEnv,
      ShardServices shardServices) {
    return spec(task, index, configEnv, shardServices, false);
  }

  /**
   * The container for one task on a backend whose services start beside the agent (a Kubernetes
   * pod): a shard's agent waits on its standard input for the start line ({@code --await-start}),
   * sent once those services are ready. No network and no engine access: the pod decides those. The
   * agent sends the JaCoCo data of a module that has it as events ({@code --send-coverage}):
   * nothing is copied out of a pod.
   */
  public ContainerSpec specFedThroughInput(
      ShardExecutor.ShardTask task, int index, Map<String, String> configEnv) {
    return spec(task, index, configEnv, null, true);
  }

  private ContainerSpec spec(
      ShardExecutor.ShardTask task,
      int index,
      Map<String, String> configEnv,
      ShardServices shardServices,
      boolean fedThroughInput) {
    Shard shard = task.shard();
    Snapshot.SnapshotModule module = snapshot.module(shard.module());
    // Class data sharing options (or nothing), then the build's own (argLine and system
    // properties, after testshard's so that an -Xmx there wins), then the class path.
    String forkNumber = Integer.toString(index);
    AgentCommand java =
        AgentCommand.moduleClassPath(
            module.descriptorDir(),
            module.jvmOptions().stream()
                .map(option -> AgentCommand.withForkNumber(option, forkNumber))
                .toList());
    if (settings.limits().memoryBytes() > 0) {
      // Size the heap to the container, leaving room for metaspace, threads and native memory.
      java = java.withJvmOption("-XX:MaxRAMPercentage=75");
    }
    List<String> arguments = new ArrayList<>();
    arguments.add(AgentOption.SELECTION);
    arguments.add(module.selectionFile());
    if (task.queue() != null) {
      // A worker reads its batches from its standard input, which the runner writes to (through
      // the engine's or the cluster's attach: no network, no file copies).
      arguments.add(AgentOption.QUEUE);
      arguments.add(Protocol.STDIN_QUEUE);
    } else if (fedThroughInput) {
      arguments.add(AgentOption.AWAIT_START);
    }
    if (fedThroughInput && module.coverageResult() != null) {
      arguments.add(AgentOption.SEND_COVERAGE);
      arguments.add(module.coverageResult());
    }
    for (String engineId : settings.excludedEngines()) {
      arguments.add(AgentOption.EXCLUDE_ENGINE);
      arguments.add(engineId);
    }
    for (String uniqueId : task.uniqueIds()) {
      arguments.add(AgentOption.UNIQUE_ID);
      arguments.add(uniqueId);
    }
    if (task.uniqueIds().isEmpty() && task.queue() == null) {
      arguments.addAll(shard.classNames());
    }
    List<String> command =
        java.mode(task.queue() == null ? AgentMode.RUN : AgentMode.WORKER, arguments);
    Map<String, String> labels = new HashMap<>(resources.labels());
    labels.put("dev.testshard.shard", shard.id());
    Map<String, String> env = new HashMap<>();
    module
        .environment()
        .forEach((name, value) -> env.put(name, AgentCommand.withForkNumber(value, forkNumber)));
    env.putAll(configEnv);
    env.put("HOME", "/tmp");
    env.put("TESTSHARD_SHARD", shard.id());
    env.put("TESTSHARD_RUN", resources.runId());
    env.put("TESTSHARD_ATTEMPT", Integer.toString(task.attempt()));
    if (settings.dockerAccess()) {
      DockerAccess.addEnvironment(env, configEnv);
    }
    // Without services a shard has no network at all; with them, only its own.
    String network = shardServices == null ? "none" : shardServices.network();
    ContainerSpec spec =
        new ContainerSpec(
            null,
            snapshot.image(),
            command,
            module.workingDir(),
            env,
            labels,
            ContainerLayout.USER,
            settings.dockerAccess() && shardServices == null ? DockerAccess.NETWORK : network,
            settings.limits());
    if (task.queue() != null) {
      spec = spec.withInput();
    }
    return settings.dockerAccess() ? spec.withEngineAccess() : spec;
  }
}
