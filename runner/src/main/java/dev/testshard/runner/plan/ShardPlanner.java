package dev.testshard.runner.plan;

import java.util.ArrayList;
import java.util.Comparator;
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
    Set<String> modules = new TreeSet<>();
    classes.forEach(c -> modules.add(c.module()));
    boolean severalModules = modules.size() > 1;

    Map<String, List<DiscoveredClass>> groups = new LinkedHashMap<>();
    Map<String, String> moduleOfGroup = new LinkedHashMap<>();
    List<DiscoveredClass> sorted = new ArrayList<>(classes);
    sorted.sort(
        Comparator.comparing(DiscoveredClass::module).thenComparing(DiscoveredClass::className));
    for (DiscoveredClass testClass : sorted) {
      String id = groupId(testClass, shardBy, severalModules);
      groups.computeIfAbsent(id, k -> new ArrayList<>()).add(testClass);
      moduleOfGroup.put(id, testClass.module());
    }
    List<Shard> shards = new ArrayList<>();
    groups.forEach((id, members) -> shards.add(new Shard(id, moduleOfGroup.get(id), members)));
    shards.sort(Comparator.comparingInt(Shard::plannedTests).reversed());
    return new ShardPlan(shardBy, shards);
  }

  private static String groupId(
      DiscoveredClass testClass, ShardBy shardBy, boolean severalModules) {
    String local =
        switch (shardBy) {
          case MODULE -> null;
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
