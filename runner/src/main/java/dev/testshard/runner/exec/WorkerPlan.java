package dev.testshard.runner.exec;

import dev.testshard.runner.plan.BinPacker;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.Shard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Dynamic mode's set-up: one queue per module, longest expected class first, and the workers shared
 * out among the modules by expected time (at least one each, never more than classes). Each worker
 * starts with the head of its queue. Pure apart from the queues it hands out.
 */
final class WorkerPlan {

  private WorkerPlan() {}

  static List<ShardExecutor.ShardTask> tasks(
      List<DiscoveredClass> classes, int workers, ToDoubleFunction<DiscoveredClass> expected) {
    Map<String, List<DiscoveredClass>> byModule = BinPacker.byModule(classes);
    Map<String, Integer> perModule = BinPacker.apportion(byModule, workers, expected);
    int total = 0;
    for (Map.Entry<String, List<DiscoveredClass>> module : byModule.entrySet()) {
      total += Math.min(perModule.get(module.getKey()), module.getValue().size());
    }
    List<ShardExecutor.ShardTask> tasks = new ArrayList<>();
    for (Map.Entry<String, List<DiscoveredClass>> module : byModule.entrySet()) {
      WorkQueue queue =
          new WorkQueue(module.getKey(), longestFirst(module.getValue(), expected), expected);
      int count = Math.min(perModule.get(module.getKey()), module.getValue().size());
      for (int i = 0; i < count; i++) {
        Shard worker =
            new Shard("worker-" + (tasks.size() + 1), module.getKey(), List.of(queue.poll()));
        tasks.add(new ShardExecutor.ShardTask(worker, total, 1, List.of(), queue));
      }
    }
    return tasks;
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
