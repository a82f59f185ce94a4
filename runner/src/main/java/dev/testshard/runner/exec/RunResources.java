package dev.testshard.runner.exec;

import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.EngineException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Everything one run creates in the engine, labelled {@code dev.testshard=true} and {@code
 * dev.testshard.run=<id>}. {@link #close()} removes what is left, by label, so that nothing
 * survives the run; it is idempotent and also runs from a shutdown hook on Ctrl-C.
 */
public final class RunResources implements AutoCloseable {

  public static final String LABEL = "dev.testshard";
  public static final String RUN_LABEL = "dev.testshard.run";

  /** The host name and process id of the CLI that owns the run, so a dead run is recognised. */
  public static final String HOST_LABEL = "dev.testshard.host";

  public static final String PID_LABEL = "dev.testshard.pid";

  /** When the run started, in epoch milliseconds. */
  public static final String STARTED_LABEL = "dev.testshard.started";

  private final ContainerEngine engine;
  private final String runId;
  private final Set<String> containers = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile boolean keepImage;

  private final Map<String, String> labels;

  public RunResources(ContainerEngine engine, String runId) {
    this.engine = engine;
    this.runId = runId;
    this.labels =
        Map.of(
            LABEL, "true",
            RUN_LABEL, runId,
            HOST_LABEL, thisHost(),
            PID_LABEL, Long.toString(ProcessHandle.current().pid()),
            STARTED_LABEL, Long.toString(System.currentTimeMillis()));
  }

  /** This machine's name, as the run labels record it. */
  public static String thisHost() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      String env = System.getenv("HOSTNAME");
      return env == null ? "unknown" : env;
    }
  }

  /** Whether a process on this host is alive (a live run's CLI). */
  public static boolean processAlive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /**
   * Removes what runs that are over left behind (their CLI was killed): containers first, then
   * networks, then images. Never touches a live run's resources.
   *
   * @return how many resources were removed
   */
  public static int removeStale(ContainerEngine engine, StaleRuns stale) {
    int removed = 0;
    List<ContainerEngine.Resource> resources = engine.listLabelled(RUN_LABEL);
    for (ContainerEngine.Resource.Kind kind : ContainerEngine.Resource.Kind.values()) {
      for (ContainerEngine.Resource resource : resources) {
        if (resource.kind() != kind || !stale.isStale(resource)) {
          continue;
        }
        try {
          switch (kind) {
            case CONTAINER -> engine.removeContainer(resource.id());
            case NETWORK -> engine.removeNetwork(resource.id());
            case IMAGE -> engine.removeImage(resource.id());
          }
          removed++;
        } catch (EngineException e) {
          // in use or already gone: the next sweep tries again
        }
      }
    }
    return removed;
  }

  public String runId() {
    return runId;
  }

  /** The labels every resource of this run carries. */
  public Map<String, String> labels() {
    return labels;
  }

  public void keepImage(boolean keep) {
    this.keepImage = keep;
  }

  void containerCreated(String id) {
    containers.add(id);
  }

  void containerRemoved(String id) {
    containers.remove(id);
  }

  /**
   * Removes the run's containers, networks and (unless kept) its image. Retries for a few seconds:
   * on Ctrl-C a shard thread may be removing a container at the same moment, and an image cannot go
   * while a container still uses it.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    for (String id : List.copyOf(containers)) {
      quietly(() -> engine.removeContainer(id));
    }
    for (int round = 0; round < 20; round++) {
      ContainerEngine.LabelledResources left;
      try {
        left = engine.findLabelled(RUN_LABEL, runId);
      } catch (EngineException e) {
        return;
      }
      boolean done =
          left.containers().isEmpty()
              && left.networks().isEmpty()
              && (keepImage || left.images().isEmpty());
      if (done) {
        return;
      }
      left.containers().forEach(id -> quietly(() -> engine.removeContainer(id)));
      left.networks().forEach(id -> quietly(() -> engine.removeNetwork(id)));
      if (!keepImage) {
        left.images().forEach(id -> quietly(() -> engine.removeImage(id)));
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static void quietly(Runnable action) {
    try {
      action.run();
    } catch (EngineException e) {
      // best effort: `testshard clean` removes anything left by label
    }
  }
}
