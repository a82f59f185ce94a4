package dev.testshard.runner.execution;

import dev.testshard.runner.plan.BinPacker;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.Shard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Dynamic mode's set-up: one queue per module, longest expected class first, and the workers shared
 * out among the modules by expected time (at least one each, never more than classes). Each worker
 * starts with the head of its queue, or a class near it in a package no other worker started (see
 * {@link WorkQueue}); the modules expected to take longest start first. Pure apart from the queues
 * it hands out.
 *
 * <p>With more modules than workers, a module still gets its share of the workers (a reactor whose
 * tests are almost all in one module runs that module on all of them) and the workers of the
 * modules run one after the other, at most {@code workers} at a time: every module at least one,
 * more than {@code workers} in all.
 */
final class WorkerPlan {

  private WorkerPlan() {}

  static List<ShardExecutor.ShardTask> tasks(
      List<DiscoveredClass> classes, int workers, ToDoubleFunction<DiscoveredClass> expected) {
    Map<String, List<DiscoveredClass>> byModule = BinPacker.byModule(classes);
    Map<String, Double> seconds = new LinkedHashMap<>();
    byModule.forEach(
        (module, members) -> seconds.put(module, members.stream().mapToDouble(expected).sum()));
    Map<String, Integer> perModule =
        byModule.size() <= workers
            ? BinPacker.apportion(seconds, workers)
            : shares(seconds, workers);
    int total = 0;
    for (Map.Entry<String, List<DiscoveredClass>> module : byModule.entrySet()) {
      total += Math.min(perModule.get(module.getKey()), module.getValue().size());
    }
    List<Map.Entry<String, List<DiscoveredClass>>> longestFirst =
        new ArrayList<>(byModule.entrySet());
    longestFirst.sort(
        Comparator.comparingDouble(
                (Map.Entry<String, List<DiscoveredClass>> m) -> seconds.get(m.getKey()))
            .reversed());
    List<ShardExecutor.ShardTask> tasks = new ArrayList<>();
    for (Map.Entry<String, List<DiscoveredClass>> module : longestFirst) {
      WorkQueue queue =
          new WorkQueue(module.getKey(), longestFirst(module.getValue(), expected), expected);
      int count = Math.min(perModule.get(module.getKey()), module.getValue().size());
      for (int i = 0; i < count; i++) {
        String id = "worker-" + (tasks.size() + 1);
        Shard worker = new Shard(id, module.getKey(), List.of(queue.poll(id)));
        tasks.add(new ShardExecutor.ShardTask(worker, total, 1, List.of(), queue));
      }
    }
    return tasks;
  }

  /**
   * Each module's share of {@code workers} by expected time, rounded, between one and {@code
   * workers}: with more modules than workers, the modules run one after the other.
   */
  static Map<String, Integer> shares(Map<String, Double> seconds, int workers) {
    double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Integer> shares = new LinkedHashMap<>();
    seconds.forEach(
        (module, time) -> {
          long share = total > 0 ? Math.round(workers * time / total) : 1;
          shares.put(module, (int) Math.max(1, Math.min(workers, share)));
        });
    return shares;
  }

  /**
   * Workers for a queue whose classes are not known yet (one module's, while discovery runs): each
   * starts empty and takes its first class from the queue like every later one.
   */
  static List<ShardExecutor.ShardTask> awaiting(WorkQueue queue, int workers) {
    List<ShardExecutor.ShardTask> tasks = new ArrayList<>();
    for (int i = 1; i <= workers; i++) {
      Shard worker = new Shard("worker-" + i, queue.module(), List.of());
      tasks.add(new ShardExecutor.ShardTask(worker, workers, 1, List.of(), queue));
    }
    return tasks;
  }

  /** The classes in the order a queue hands them out: longest expected first. */
  static List<DiscoveredClass> longestFirst(
      List<DiscoveredClass> classes, ToDoubleFunction<DiscoveredClass> expected) {
    List<DiscoveredClass> ordered = new ArrayList<>(classes);
    ordered.sort(
        Comparator.comparingDouble(expected).reversed().thenComparing(DiscoveredClass::className));
    return ordered;
  }

  /** The id of the stand-in shard for classes no worker of the module took. */
  static String unrunId(String module) {
    return "unrun-" + module.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
