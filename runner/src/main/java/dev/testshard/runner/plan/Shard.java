package dev.testshard.runner.plan;

import java.util.List;
import java.util.Objects;

/**
 * A unit of work for one container: classes of one module, run by one agent.
 *
 * @param id unique within the plan, readable, used as {@code hostname} in the report and as the
 *     name of its directory under {@code shards/}
 * @param module the module whose class path the classes need
 * @param classes the classes, in the order the agent runs them; empty for a dynamic-mode worker
 *     started before discovery ended, which is given its classes as it goes
 * @param predictedSeconds expected run time from the timing history, or 0 when not predicted
 */
public record Shard(
    String id, String module, List<DiscoveredClass> classes, double predictedSeconds) {

  public Shard(String id, String module, List<DiscoveredClass> classes) {
    this(id, module, classes, 0);
  }

  public Shard {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(module, "module");
    classes = List.copyOf(classes);
    if (!id.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("shard id must be file-name safe: " + id);
    }
  }

  /** Tests known before execution. */
  public int plannedTests() {
    int tests = 0;
    for (DiscoveredClass testClass : classes) {
      tests += testClass.tests().size();
    }
    return tests;
  }

  public List<String> classNames() {
    return classes.stream().map(DiscoveredClass::className).toList();
  }

  /** The shard's directory under {@code shards/}: the id, which holds only safe characters. */
  public String directoryName() {
    return id;
  }
}
