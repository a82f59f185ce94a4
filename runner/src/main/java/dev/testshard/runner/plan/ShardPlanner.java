package dev.testshard.runner.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups discovered classes into shards. Pure: the same classes give the same plan.
 *
 * <p>Shards never split a top-level class: {@code @Nested} classes, class-level state and JUnit 4
 * runners belong to it. Shards are ordered by planned test count, largest first, so that the
 * longest work starts early; ties keep name order.
 */
public final class ShardPlanner {

  private ShardPlanner() {}

  public static ShardPlan plan(List<DiscoveredClass> classes, ShardBy shardBy) {
    return plan(classes, shardBy, null);
  }

  /**
   * As {@link #plan(List, ShardBy)}, with each shard's expected time from the timing history:
   * shards then start longest expected first (a long shard started last decides the wall time).
   *
   * @param expectedSeconds expected time of a class, or null to order by planned test count
   */
  public static ShardPlan plan(
      List<DiscoveredClass> classes,
      ShardBy shardBy,
      java.util.function.ToDoubleFunction<DiscoveredClass> expectedSeconds) {
    Set<String> modules = new TreeSet<>();
    classes.forEach(c -> modules.add(c.module()));
    boolean severalModules = modules.size() > 1;

    // Keyed by (module, id): two modules whose ids become equal once made safe ("a/b", "a_b")
    // must not share a shard, which runs with one module's class path.
    Map<List<String>, List<DiscoveredClass>> groups = new LinkedHashMap<>();
    List<DiscoveredClass> sorted = new ArrayList<>(classes);
    sorted.sort(
        Comparator.comparing(DiscoveredClass::module).thenComparing(DiscoveredClass::className));
    for (DiscoveredClass testClass : sorted) {
      List<String> key = List.of(testClass.module(), groupId(testClass, shardBy, severalModules));
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(testClass);
    }
    List<Shard> shards = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    groups.forEach(
        (key, members) -> {
          String id = key.get(1);
          for (int n = 2; !ids.add(id); n++) {
            id = key.get(1) + "-" + n;
          }
          double predicted =
              expectedSeconds == null ? 0 : members.stream().mapToDouble(expectedSeconds).sum();
          shards.add(new Shard(id, key.get(0), members, predicted));
        });
    if (expectedSeconds == null) {
      shards.sort(Comparator.comparingInt(Shard::plannedTests).reversed());
    } else {
      shards.sort(Comparator.comparingDouble(Shard::predictedSeconds).reversed());
    }
    return new ShardPlan(shardBy, shards);
  }

  private static String groupId(
      DiscoveredClass testClass, ShardBy shardBy, boolean severalModules) {
    String local =
        switch (shardBy) {
          case MODULE, TIME -> null;
          case PACKAGE -> testClass.packageName().isEmpty() ? "(default)" : testClass.packageName();
          case CLASS -> testClass.className();
        };
    String id =
        local == null
            ? testClass.module()
            : severalModules ? testClass.module() + "_" + local : local;
    // Ids name directories and appear as hostnames: keep them to safe characters.
    return id.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
