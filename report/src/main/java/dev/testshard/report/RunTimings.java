package dev.testshard.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a run's time went: the content of {@code timings.json} (format {@value #FORMAT}), and of
 * the timing history the next run plans with. Written and read by {@link TimingsJson}.
 *
 * @param format always {@value #FORMAT}; null is taken as that
 * @param runId the run that measured these times
 * @param classes per top-level test class
 * @param shards per shard container (attempt 1; retries are not measured here)
 */
public record RunTimings(
    String format, String runId, List<ClassTiming> classes, List<ShardTiming> shards) {

  public static final String FORMAT = "testshard-timings/1";

  public RunTimings {
    format = format == null ? FORMAT : format;
    classes = classes == null ? List.of() : List.copyOf(classes);
    shards = shards == null ? List.of() : List.copyOf(shards);
  }

  /**
   * One top-level test class.
   *
   * @param name fully qualified class name
   * @param module the module it belongs to
   * @param shard the shard that ran it
   * @param seconds wall time including class-level set-up and tear-down
   * @param tests tests it reported
   */
  public record ClassTiming(String name, String module, String shard, double seconds, int tests) {
    public ClassTiming {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * One shard container, with the overhead before its first test.
   *
   * @param id shard id
   * @param startedAt when the runner asked for the container
   * @param endedAt when the container was gone
   * @param seconds {@code endedAt - startedAt}
   * @param containerStartSeconds from the create request until the container was running
   * @param jvmStartSeconds from the container running until the agent's first event
   * @param firstTestSeconds from the create request until the first test class started
   * @param cpuSeconds the CPU time of the test JVM (and the class JVMs it started), as its agent
   *     told it when it finished; null when it did not
   */
  public record ShardTiming(
      String id,
      Instant startedAt,
      Instant endedAt,
      double seconds,
      double containerStartSeconds,
      double jvmStartSeconds,
      double firstTestSeconds,
      Double cpuSeconds) {
    public ShardTiming {
      Objects.requireNonNull(id, "id");
    }
  }
}
