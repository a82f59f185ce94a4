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
      List<DiscoveredClass> ordered = new ArrayList<>(module.getValue());
      ordered.sort(
          Comparator.comparingDouble(expected)
              .reversed()
              .thenComparing(DiscoveredClass::className));
      WorkQueue queue = new WorkQueue(module.getKey(), ordered);
      int count = Math.min(perModule.get(module.getKey()), ordered.size());
      for (int i = 0; i < count; i++) {
        Shard worker =
            new Shard("worker-" + (tasks.size() + 1), module.getKey(), List.of(queue.poll()));
        tasks.add(new ShardExecutor.ShardTask(worker, total, 1, List.of(), queue));
      }
    }
    return tasks;
  }

  /** The id of the stand-in shard for classes no worker of the module took. */
  static String unrunId(String module) {
    return "unrun-" + module.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
