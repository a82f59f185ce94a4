package dev.testshard.runner.steps;

import dev.testshard.runner.build.SelectionOverride;
import dev.testshard.runner.common.ResourceLimits;
import dev.testshard.runner.config.ProjectConfig;
import dev.testshard.runner.plan.KeepTogether;
import dev.testshard.runner.plan.ShardBy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Everything a run or a plan was asked to do, validated by the CLI.
 *
 * @param projectDir absolute, existing project directory
 * @param mavenArgs extra arguments for the project's Maven
 * @param build whether to build (false: use what an earlier build left)
 * @param classpath explicit class path (other build tools), or null
 * @param testClasses explicit test class directories, with {@code classpath}
 * @param baseImage registry image to run on, or null for the host's own JDK
 * @param shardBy grouping of classes (when {@code shards} is 0)
 * @param shards number of time-balanced shards, or 0 to group by {@code shardBy}
 * @param keepTogether what a balanced plan never splits
 * @param timings the timing history: read to plan, updated after a run (JSON), or a JUnit XML
 *     report to read times from
 * @param include regular expression for top-level test class names
 * @param excludedEngines engine ids not to run
 * @param parallel containers at once
 * @param reportDir absolute report directory
 * @param keepImage keep the per-run image after the run
 * @param limits resource limits per shard container
 * @param shardTimeout deadline per shard, or null
 * @param runTimeout deadline for all shards together, or null
 * @param config the configuration file's environment and services (empty without a file)
 * @param failsafe run each module's Failsafe configuration (integration tests) instead of
 *     Surefire's
 * @param selection {@code --test}, {@code --groups}, {@code --exclude-groups} (or {@code
 *     --only-failed}), replacing the modules' own selection
 * @param startFirst names of top-level classes to start before the others ({@code --failed-first});
 *     empty for none
 */
public record RunOptions(
    Path projectDir,
    List<String> mavenArgs,
    boolean build,
    String classpath,
    List<Path> testClasses,
    String baseImage,
    ShardBy shardBy,
    int shards,
    KeepTogether keepTogether,
    Path timings,
    String include,
    List<String> excludedEngines,
    int parallel,
    Path reportDir,
    boolean keepImage,
    ResourceLimits limits,
    Duration shardTimeout,
    Duration runTimeout,
    ProjectConfig config,
    boolean failsafe,
    SelectionOverride selection,
    Set<String> startFirst) {

  public RunOptions {
    selection = selection == null ? SelectionOverride.NONE : selection;
    startFirst = startFirst == null ? Set.of() : Set.copyOf(startFirst);
    mavenArgs = List.copyOf(mavenArgs);
    testClasses = List.copyOf(testClasses);
    excludedEngines = List.copyOf(excludedEngines);
    config = config == null ? ProjectConfig.EMPTY : config;
  }

  public String projectName() {
    return projectDir.getFileName() == null ? "project" : projectDir.getFileName().toString();
  }
}
