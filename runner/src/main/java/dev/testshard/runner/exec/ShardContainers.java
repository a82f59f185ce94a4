package dev.testshard.runner.exec;

import dev.testshard.runner.docker.ContainerSpec;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.services.ShardServices;
import dev.testshard.runner.snapshot.ContainerLayout;
import dev.testshard.runner.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Describes the container of a shard or dynamic-mode worker: the agent's command line (class data
 * sharing arguments, class path, mode), its environment and labels, and its network: none at all
 * without services, only the shard's own with them.
 */
final class ShardContainers {

  private final Snapshot snapshot;
  private final ExecutionSettings settings;
  private final RunResources resources;

  ShardContainers(Snapshot snapshot, ExecutionSettings settings, RunResources resources) {
    this.snapshot = snapshot;
    this.settings = settings;
    this.resources = resources;
  }

  /** The container for one task: its agent command, environment, labels, network and limits. */
  ContainerSpec spec(ShardExecutor.ShardTask task, ShardServices shardServices) {
    Shard shard = task.shard();
    Snapshot.SnapshotModule module = snapshot.module(shard.module());
    List<String> command = new ArrayList<>();
    command.add("java");
    if (settings.limits().memoryBytes() > 0) {
      // Size the heap to the container, leaving room for metaspace, threads and native memory.
      command.add("-XX:MaxRAMPercentage=75");
    }
    // Class data sharing options (or nothing), then the class path: see ClassDataSharing.
    command.add("@" + module.descriptorDir() + "/jvm-args");
    command.add("@" + module.descriptorDir() + "/java-args");
    command.add("dev.testshard.agent.AgentMain");
    command.add(task.queue() == null ? "run" : "worker");
    command.add("--reports-dir");
    command.add(ContainerLayout.REPORTS);
    if (task.queue() != null) {
      command.add("--queue");
      command.add(WorkerFeeder.QUEUE_DIR);
    }
    for (String engineId : settings.excludedEngines()) {
      command.add("--exclude-engine");
      command.add(engineId);
    }
    for (String uniqueId : task.uniqueIds()) {
      command.add("--unique-id");
      command.add(uniqueId);
    }
    if (task.uniqueIds().isEmpty() && task.queue() == null) {
      command.addAll(shard.classNames());
    }
    Map<String, String> labels = new HashMap<>(resources.labels());
    labels.put("dev.testshard.shard", shard.id());
    Map<String, String> env = new HashMap<>();
    if (shardServices != null) {
      env.putAll(shardServices.testEnvironment());
    }
    env.put("HOME", "/tmp");
    env.put("TESTSHARD_SHARD", shard.id());
    env.put("TESTSHARD_RUN", resources.runId());
    env.put("TESTSHARD_ATTEMPT", Integer.toString(task.attempt()));
    // Without services a shard has no network at all; with them, only its own.
    return new ContainerSpec(
        null,
        snapshot.image(),
        command,
        module.workingDir(),
        env,
        labels,
        ContainerLayout.USER,
        shardServices == null ? "none" : shardServices.network(),
        settings.limits());
  }
}
