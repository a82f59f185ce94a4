package dev.testshard.runner.execution;

import dev.testshard.runner.common.ResourceLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How shards are executed.
 *
 * @param parallel at most this many containers at once (at least 1)
 * @param reportDir the report directory; each shard writes under {@code shards/<shard>/}
 * @param excludedEngines JUnit Platform engine ids not to run
 * @param limits resource limits of every shard container
 * @param shardTimeout a shard's container is stopped after this long, or null for no limit
 * @param runTimeout every container still running is stopped this long after execution starts, and
 *     shards not started yet are not started, or null for no limit
 * @param keepOnFailure leave a failed shard's services and network running for debugging
 * @param stallLimit the default deadline, which applies when neither {@code shardTimeout} nor
 *     {@code runTimeout} is given; null for none
 * @param dockerAccess give the tests the Docker engine ({@code --docker-access}): its socket, and a
 *     network with a route to the host, so that they can reach the containers they start
 * @param failFast after this many failed tests no new shard or class starts ({@code --fail-fast});
 *     0 for never
 * @param failFastSetting what set {@code failFast}, as the run's messages name it: {@code
 *     --fail-fast}, or a module's Surefire {@code skipAfterFailureCount}
 */
public record ExecutionSettings(
    int parallel,
    Path reportDir,
    List<String> excludedEngines,
    ResourceLimits limits,
    Duration shardTimeout,
    Duration runTimeout,
    boolean keepOnFailure,
    StallLimit stallLimit,
    boolean dockerAccess,
    int failFast,
    String failFastSetting) {

  /** Settings without a default deadline. */
  public ExecutionSettings(
      int parallel,
      Path reportDir,
      List<String> excludedEngines,
      ResourceLimits limits,
      Duration shardTimeout,
      Duration runTimeout,
      boolean keepOnFailure) {
    this(
        parallel,
        reportDir,
        excludedEngines,
        limits,
        shardTimeout,
        runTimeout,
        keepOnFailure,
        null,
        false,
        0,
        FailFast.OPTION);
  }

  /** The default deadline if it applies (no timeout was given), else null. */
  public StallLimit effectiveStallLimit() {
    return shardTimeout == null && runTimeout == null ? stallLimit : null;
  }

  public ExecutionSettings {
    if (parallel < 1) {
      throw new IllegalArgumentException("parallel must be at least 1");
    }
    if (failFast < 0) {
      throw new IllegalArgumentException("failFast must not be negative");
    }
    failFastSetting = failFastSetting == null ? FailFast.OPTION : failFastSetting;
    excludedEngines = List.copyOf(excludedEngines);
    limits = limits == null ? ResourceLimits.NONE : limits;
  }
}
