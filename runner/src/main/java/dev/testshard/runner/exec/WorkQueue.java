package dev.testshard.runner.exec;

import dev.testshard.runner.plan.DiscoveredClass;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The classes of one module waiting for a dynamic-mode worker, longest expected first, so that the
 * long ones start early and the short ones fill the gaps at the end. Thread-safe.
 */
public final class WorkQueue {

  private final String module;
  private final Deque<DiscoveredClass> classes;

  /**
   * @param classes in the order they are handed out
   */
  public WorkQueue(String module, List<DiscoveredClass> classes) {
    this.module = module;
    this.classes = new ArrayDeque<>(classes);
  }

  public String module() {
    return module;
  }

  /** The next class, or null when the queue is empty. */
  public synchronized DiscoveredClass poll() {
    return classes.pollFirst();
  }

  /** What no worker took (all of them were lost); empties the queue. */
  public synchronized List<DiscoveredClass> drain() {
    List<DiscoveredClass> rest = List.copyOf(classes);
    classes.clear();
    return rest;
  }
}
