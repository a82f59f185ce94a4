package dev.testshard.runner.exec;

import java.nio.file.Path;
import java.util.List;

/**
 * How shards are executed.
 *
 * @param parallel at most this many containers at once (at least 1)
 * @param reportDir the report directory; each shard writes under {@code shards/<shard>/}
 * @param excludedEngines JUnit Platform engine ids not to run
 * @param memoryBytes memory limit per container, 0 for none
 */
public record ExecutionSettings(
    int parallel, Path reportDir, List<String> excludedEngines, long memoryBytes) {

  public ExecutionSettings {
    if (parallel < 1) {
      throw new IllegalArgumentException("parallel must be at least 1");
    }
    excludedEngines = List.copyOf(excludedEngines);
  }
}
