package dev.testshard.runner.exec;

import dev.testshard.runner.docker.ContainerEngine.Resource;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Decides whether a labelled resource belongs to a run that is over: a run killed with SIGKILL
 * never cleans up, so the next {@code run} or {@code clean} does. A run is alive while its CLI
 * process is (same host: checked by process id and start time); for a run started on another host
 * (a shared remote engine) only age tells, after {@link #FOREIGN_RUN_MAX_AGE}. Pure: the process
 * check and the clock come in as parameters.
 */
public final class StaleRuns {

  /** How long a run started on another host is presumed alive. */
  public static final Duration FOREIGN_RUN_MAX_AGE = Duration.ofHours(24);

  private final String thisHost;
  private final LongPredicate processAlive;
  private final Instant now;

  /**
   * @param processAlive whether a process id on this host belongs to a live testshard run
   */
  public StaleRuns(String thisHost, LongPredicate processAlive, Instant now) {
    this.thisHost = thisHost;
    this.processAlive = processAlive;
    this.now = now;
  }

  /** Whether the resource belongs to a run that is over; cache images belong to no run. */
  public boolean isStale(Resource resource) {
    Map<String, String> labels = resource.labels();
    String run = labels.get(RunResources.RUN_LABEL);
    if (run == null) {
      return false;
    }
    String host = labels.get(RunResources.HOST_LABEL);
    String pid = labels.get(RunResources.PID_LABEL);
    if (thisHost.equals(host) && pid != null && pid.matches("\\d+")) {
      return !processAlive.test(Long.parseLong(pid));
    }
    Instant started = startOf(labels.get(RunResources.STARTED_LABEL));
    return started == null || started.plus(FOREIGN_RUN_MAX_AGE).isBefore(now);
  }

  /**
   * Whether the automatic sweep at the start of a run or plan removes the resource: it belongs to a
   * run that is over, and was not kept on purpose. A run with {@code --keep-on-failure} keeps all
   * its resources, one with {@code --keep-image} its image; {@code testshard clean} removes those.
   */
  public boolean sweptAutomatically(Resource resource) {
    Map<String, String> labels = resource.labels();
    if (labels.containsKey(RunResources.KEEP_LABEL)) {
      return false;
    }
    if (resource.kind() == Resource.Kind.IMAGE
        && labels.containsKey(RunResources.KEEP_IMAGE_LABEL)) {
      return false;
    }
    return isStale(resource);
  }

  private static Instant startOf(String millis) {
    if (millis == null || !millis.matches("\\d+")) {
      return null;
    }
    return Instant.ofEpochMilli(Long.parseLong(millis));
  }
}
