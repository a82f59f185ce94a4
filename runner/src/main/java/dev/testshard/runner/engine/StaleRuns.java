package dev.testshard.runner.engine;

import dev.testshard.runner.docker.ContainerEngine.Resource;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a labelled resource belongs to a run that is over: a run killed with SIGKILL
 * never cleans up, so the next {@code run} or {@code clean} does. A run's owner is its CLI process,
 * named by host, PID namespace, process id and the process's start time. Only an owner in our own
 * PID namespace on our own host can be proven dead (no live process with that id and start time: a
 * reused process id has another start time). An owner elsewhere (another PID namespace, such as a
 * container or {@code unshare --pid}, even with the same host name; another host on a shared
 * engine) cannot be looked up, so its run is presumed alive until {@link #FOREIGN_RUN_MAX_AGE}
 * after it started. Pure: the process table and the clock come in as parameters.
 */
public final class StaleRuns {

  /** How long a run whose owner cannot be looked up is presumed alive. */
  public static final Duration FOREIGN_RUN_MAX_AGE = Duration.ofHours(24);

  /**
   * The processes of this PID namespace: the start time of the live process with an id (blank when
   * it cannot be read), empty when there is none.
   */
  @FunctionalInterface
  public interface ProcessTable {
    Optional<String> startOf(long pid);
  }

  private final String thisHost;
  private final String thisPidNamespace;
  private final ProcessTable processes;
  private final Instant now;

  /**
   * @param thisPidNamespace our PID namespace as {@link RunResources#PID_NAMESPACE_LABEL} records
   *     it, or null when it cannot be told (then no owner can be looked up)
   */
  public StaleRuns(String thisHost, String thisPidNamespace, ProcessTable processes, Instant now) {
    this.thisHost = thisHost;
    this.thisPidNamespace = thisPidNamespace;
    this.processes = processes;
    this.now = now;
  }

  /** This process's view: its host, its PID namespace, its process table, the clock. */
  public static StaleRuns ofThisProcess() {
    return new StaleRuns(
        RunResources.thisHost(),
        ProcessIdentity.pidNamespace().orElse(null),
        ProcessIdentity::startOf,
        Instant.now());
  }

  /** Whether the resource belongs to a run that is over; cache images belong to no run. */
  public boolean isStale(Resource resource) {
    Map<String, String> labels = resource.labels();
    String run = labels.get(RunResources.RUN_LABEL);
    if (run == null) {
      return false;
    }
    String pid = labels.get(RunResources.PID_LABEL);
    boolean ownerHere =
        thisHost.equals(labels.get(RunResources.HOST_LABEL))
            && thisPidNamespace != null
            && thisPidNamespace.equals(labels.get(RunResources.PID_NAMESPACE_LABEL))
            && pid != null
            && pid.matches("\\d{1,18}");
    if (ownerHere) {
      Optional<String> start = processes.startOf(Long.parseLong(pid));
      String ownerStart = labels.get(RunResources.PID_START_LABEL);
      return start.isEmpty()
          || (ownerStart != null && !start.get().isBlank() && !ownerStart.equals(start.get()));
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
