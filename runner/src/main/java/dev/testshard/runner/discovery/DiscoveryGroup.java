package dev.testshard.runner.discovery;

import dev.testshard.runner.snapshot.AgentCommand;
import dev.testshard.runner.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Modules that one discovery JVM can discover with each module's settings exactly as its test JVM
 * has them (as its first shard: {@code ${surefire.forkNumber}} is 1): the same working directory,
 * JVM options (argLine and system properties, paths mapped into the image) and build environment. A
 * JVM has one working directory and one set of options, so modules that differ in any of them are
 * discovered in JVMs of their own.
 *
 * @param modules the modules, in the snapshot's order
 * @param workingDir the JVM's working directory
 * @param jvmOptions the build's JVM options, fork number replaced
 * @param environment the build's environment, fork number replaced
 */
record DiscoveryGroup(
    List<Snapshot.SnapshotModule> modules,
    String workingDir,
    List<String> jvmOptions,
    Map<String, String> environment) {

  /** Surefire's fork number in discovery: the settings of a module's first shard. */
  static final String FORK_NUMBER = "1";

  DiscoveryGroup {
    modules = List.copyOf(modules);
    jvmOptions = List.copyOf(jvmOptions);
    environment = Map.copyOf(environment);
  }

  /** The groups of {@code modules}, in the order of each group's first module. */
  static List<DiscoveryGroup> of(List<Snapshot.SnapshotModule> modules) {
    Map<List<Object>, List<Snapshot.SnapshotModule>> bySettings = new LinkedHashMap<>();
    for (Snapshot.SnapshotModule module : modules) {
      bySettings.computeIfAbsent(settings(module), k -> new ArrayList<>()).add(module);
    }
    List<DiscoveryGroup> groups = new ArrayList<>();
    bySettings.forEach(
        (settings, members) -> {
          Snapshot.SnapshotModule first = members.get(0);
          groups.add(
              new DiscoveryGroup(
                  members, first.workingDir(), jvmOptions(first), environment(first)));
        });
    return groups;
  }

  /** Whether the group is one module, discovered with its own class path as its shards run. */
  boolean single() {
    return modules.size() == 1;
  }

  /** The modules' ids, for messages. */
  String names() {
    return String.join(", ", modules.stream().map(m -> m.module().id()).toList());
  }

  private static List<Object> settings(Snapshot.SnapshotModule module) {
    return List.of(module.workingDir(), jvmOptions(module), new TreeMap<>(environment(module)));
  }

  private static List<String> jvmOptions(Snapshot.SnapshotModule module) {
    return module.jvmOptions().stream()
        .map(option -> AgentCommand.withForkNumber(option, FORK_NUMBER))
        .toList();
  }

  private static Map<String, String> environment(Snapshot.SnapshotModule module) {
    Map<String, String> env = new LinkedHashMap<>();
    module
        .environment()
        .forEach((name, value) -> env.put(name, AgentCommand.withForkNumber(value, FORK_NUMBER)));
    return env;
  }
}
