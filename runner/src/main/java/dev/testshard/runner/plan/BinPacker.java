package dev.testshard.runner.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Packs classes into N shards of about equal expected time: longest processing time first (each
 * group, longest first, goes to the shard with the least time so far), which is within 4/3 of the
 * best possible plan. A shard runs one module's class path, so the N shards are first shared out
 * among the modules by their expected time (at least one each). Pure.
 */
public final class BinPacker {

  private BinPacker() {}

  public static ShardPlan pack(
      List<DiscoveredClass> classes,
      int shards,
      KeepTogether keepTogether,
      ToDoubleFunction<DiscoveredClass> expectedSeconds) {
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be at least 1");
    }
    Map<String, List<DiscoveredClass>> byModule = byModule(classes);
    Map<String, Integer> binsPerModule = apportion(byModule, shards, expectedSeconds);

    List<Shard> result = new ArrayList<>();
    double total = 0;
    double longestGroup = 0;
    int number = 0;
    int width = Integer.toString(Math.max(shards, byModule.size())).length();
    for (Map.Entry<String, List<DiscoveredClass>> module : byModule.entrySet()) {
      List<Group> groups = groups(module.getValue(), keepTogether, expectedSeconds);
      groups.sort(Comparator.comparingDouble(Group::seconds).reversed().thenComparing(Group::key));
      int bins = Math.min(binsPerModule.get(module.getKey()), groups.size());
      List<List<DiscoveredClass>> members = new ArrayList<>();
      double[] load = new double[bins];
      for (int i = 0; i < bins; i++) {
        members.add(new ArrayList<>());
      }
      for (Group group : groups) {
        int lightest = 0;
        for (int i = 1; i < bins; i++) {
          if (load[i] < load[lightest]) {
            lightest = i;
          }
        }
        members.get(lightest).addAll(group.classes());
        load[lightest] += group.seconds();
        total += group.seconds();
        longestGroup = Math.max(longestGroup, group.seconds());
      }
      for (int i = 0; i < bins; i++) {
        number++;
        String id = String.format("bin-%0" + width + "d", number);
        result.add(new Shard(id, module.getKey(), members.get(i), load[i]));
      }
    }
    result.sort(Comparator.comparingDouble(Shard::predictedSeconds).reversed());
    double lowerBound = Math.max(total / shards, longestGroup);
    return new ShardPlan(ShardBy.TIME, result, lowerBound);
  }

  /** Classes by module, modules in name order. */
  public static Map<String, List<DiscoveredClass>> byModule(List<DiscoveredClass> classes) {
    Map<String, List<DiscoveredClass>> byModule = new TreeMap<>();
    for (DiscoveredClass testClass : classes) {
      byModule.computeIfAbsent(testClass.module(), k -> new ArrayList<>()).add(testClass);
    }
    return byModule;
  }

  /**
   * N bins shared out among the modules by their classes' expected time: a shard or worker runs one
   * module's class path.
   */
  public static Map<String, Integer> apportion(
      Map<String, List<DiscoveredClass>> byModule,
      int bins,
      ToDoubleFunction<DiscoveredClass> expectedSeconds) {
    Map<String, Double> moduleSeconds = new LinkedHashMap<>();
    byModule.forEach(
        (module, members) ->
            moduleSeconds.put(module, members.stream().mapToDouble(expectedSeconds).sum()));
    return apportion(moduleSeconds, bins);
  }

  /** N bins shared out among modules by expected time (largest remainder), at least one each. */
  public static Map<String, Integer> apportion(Map<String, Double> seconds, int bins) {
    Map<String, Integer> result = new LinkedHashMap<>();
    double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    int spare = Math.max(0, bins - seconds.size());
    Map<String, Double> remainders = new LinkedHashMap<>();
    int given = 0;
    for (Map.Entry<String, Double> module : seconds.entrySet()) {
      double share = total > 0 ? spare * module.getValue() / total : 0;
      int whole = (int) Math.floor(share);
      result.put(module.getKey(), 1 + whole);
      remainders.put(module.getKey(), share - whole);
      given += whole;
    }
    List<String> byRemainder = new ArrayList<>(remainders.keySet());
    byRemainder.sort(Comparator.comparingDouble(remainders::get).reversed());
    for (int i = 0; i < spare - given && i < byRemainder.size(); i++) {
      result.merge(byRemainder.get(i), 1, Integer::sum);
    }
    return result;
  }

  private static List<Group> groups(
      List<DiscoveredClass> classes,
      KeepTogether keepTogether,
      ToDoubleFunction<DiscoveredClass> expectedSeconds) {
    Map<String, List<DiscoveredClass>> grouped = new TreeMap<>();
    for (DiscoveredClass testClass : classes) {
      String key =
          switch (keepTogether) {
            case CLASS -> testClass.className();
            case PACKAGE -> testClass.packageName();
            case MODULE -> testClass.module();
          };
      grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(testClass);
    }
    List<Group> groups = new ArrayList<>();
    grouped.forEach(
        (key, members) -> {
          // Longest classes first inside a shard too: a late long class delays the shard's end.
          List<DiscoveredClass> sorted = new ArrayList<>(members);
          sorted.sort(Comparator.comparingDouble(expectedSeconds).reversed());
          groups.add(new Group(key, sorted, sorted.stream().mapToDouble(expectedSeconds).sum()));
        });
    return groups;
  }

  private record Group(String key, List<DiscoveredClass> classes, double seconds) {}
}
