package dev.testshard.runner.engine;

import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.EngineException;
import java.util.HashMap;
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

  /**
   * The PID namespace the owner's process id belongs to (boot id and namespace inode) and the
   * process's start time: a process id alone may mean another process in another namespace, or a
   * later process that reused it. See {@link StaleRuns}.
   */
  public static final String PID_NAMESPACE_LABEL = "dev.testshard.pid-namespace";

  public static final String PID_START_LABEL = "dev.testshard.pid-start";

  /**
   * Marks the resources of a run with {@code --keep-on-failure}: automatic sweeps of dead runs
   * leave them (a kept shard is being debugged), {@code testshard clean} removes them.
   */
  public static final String KEEP_LABEL = "dev.testshard.keep-on-failure";

  /**
   * Marks the resources of a run with {@code --keep-image}: automatic sweeps of dead runs leave its
   * image (its containers and networks go as usual), {@code testshard clean} removes it. Labels
   * cannot be added to an image later, so every resource the run creates carries it, and the image
   * gets it when the snapshot is committed.
   */
  public static final String KEEP_IMAGE_LABEL = "dev.testshard.keep-image";

  /** When the run started, in epoch milliseconds. */
  public static final String STARTED_LABEL = "dev.testshard.started";

  private final ContainerEngine engine;
  private final String runId;
  private final Set<String> containers = ConcurrentHashMap.newKeySet();
  private final Set<String> kept = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile boolean keepImage;

  private volatile Map<String, String> labels;

  public RunResources(ContainerEngine engine, String runId) {
    this(engine, runId, false);
  }

  public RunResources(ContainerEngine engine, String runId, boolean keepOnFailure) {
    this.engine = engine;
    this.runId = runId;
    Map<String, String> runLabels = new HashMap<>();
    runLabels.put(LABEL, "true");
    runLabels.put(RUN_LABEL, runId);
    runLabels.put(HOST_LABEL, thisHost());
    long pid = ProcessHandle.current().pid();
    runLabels.put(PID_LABEL, Long.toString(pid));
    ProcessIdentity.pidNamespace().ifPresent(ns -> runLabels.put(PID_NAMESPACE_LABEL, ns));
    ProcessIdentity.startOf(pid)
        .filter(start -> !start.isBlank())
        .ifPresent(start -> runLabels.put(PID_START_LABEL, start));
    runLabels.put(STARTED_LABEL, Long.toString(System.currentTimeMillis()));
    if (keepOnFailure) {
      runLabels.put(KEEP_LABEL, "true");
    }
    this.labels = Map.copyOf(runLabels);
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
        if (resource.kind() != kind || !stale.sweptAutomatically(resource)) {
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

  /**
   * Keeps the run's image past the run ({@code --keep-image}), also through later runs' sweeps of
   * dead runs: marks the run's labels with {@link #KEEP_IMAGE_LABEL}. Call it before the run
   * creates anything, so that the image is committed with the label.
   */
  public void keepImage(boolean keep) {
    this.keepImage = keep;
    Map<String, String> marked = new HashMap<>(labels);
    if (keep) {
      marked.put(KEEP_IMAGE_LABEL, "true");
    } else {
      marked.remove(KEEP_IMAGE_LABEL);
    }
    this.labels = Map.copyOf(marked);
  }

  /** Records a container of the run, so that clean-up removes it even without its label. */
  public void containerCreated(String id) {
    containers.add(id);
  }

  void containerRemoved(String id) {
    containers.remove(id);
  }

  /**
   * Keeps a container or network (and then the run's image) past the run, for debugging a failed
   * shard; {@code testshard clean} removes it later.
   */
  public void keep(String id) {
    kept.add(id);
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
      if (!kept.contains(id)) {
        quietly(() -> engine.removeContainer(id));
      }
    }
    for (int round = 0; round < 20; round++) {
      // The engine removes synchronously: the second look, right after the removals, usually finds
      // nothing left. Waiting is for what was in use at that moment (an image under a container
      // that a shard thread is still removing on Ctrl-C).
      if (round >= 2 && !pause()) {
        return;
      }
      ContainerEngine.LabelledResources left;
      try {
        left = engine.findLabelled(RUN_LABEL, runId);
      } catch (EngineException e) {
        return;
      }
      List<String> containersLeft =
          left.containers().stream().filter(id -> !kept.contains(id)).toList();
      List<String> networksLeft =
          left.networks().stream().filter(id -> !kept.contains(id)).toList();
      // A kept shard's containers still use the image; the run's keep-on-failure label keeps it
      // through sweeps.
      boolean imageKept = keepImage || !kept.isEmpty();
      boolean done =
          containersLeft.isEmpty()
              && networksLeft.isEmpty()
              && (imageKept || left.images().isEmpty());
      if (done) {
        return;
      }
      containersLeft.forEach(id -> quietly(() -> engine.removeContainer(id)));
      networksLeft.forEach(id -> quietly(() -> engine.removeNetwork(id)));
      if (!imageKept) {
        left.images().forEach(id -> quietly(() -> engine.removeImage(id)));
      }
    }
  }

  /** A quarter of a second between looks; false when interrupted. */
  private static boolean pause() {
    try {
      Thread.sleep(250);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
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
