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

  private final ContainerEngine engine;
  private final String runId;
  private final Set<String> containers = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile boolean keepImage;

  public RunResources(ContainerEngine engine, String runId) {
    this.engine = engine;
    this.runId = runId;
  }

  public String runId() {
    return runId;
  }

  /** The labels every resource of this run carries. */
  public Map<String, String> labels() {
    return Map.of(LABEL, "true", RUN_LABEL, runId);
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

  /** Removes the run's containers, networks and (unless kept) its image. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    for (String id : List.copyOf(containers)) {
      quietly(() -> engine.removeContainer(id));
    }
    ContainerEngine.LabelledResources left;
    try {
      left = engine.findLabelled(RUN_LABEL, runId);
    } catch (EngineException e) {
      return;
    }
    left.containers().forEach(id -> quietly(() -> engine.removeContainer(id)));
    left.networks().forEach(id -> quietly(() -> engine.removeNetwork(id)));
    if (!keepImage) {
      left.images().forEach(id -> quietly(() -> engine.removeImage(id)));
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
