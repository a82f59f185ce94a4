package dev.testshard.runner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class BinPackerTest {

  private static DiscoveredClass testClass(String module, String name) {
    return new DiscoveredClass(module, name, List.of("junit-jupiter"), List.of());
  }

  private static ToDoubleFunction<DiscoveredClass> times(Map<String, Double> seconds) {
    return c -> seconds.get(c.className());
  }

  @Test
  void longestFirstBalancesTheBins() {
    List<DiscoveredClass> classes = new ArrayList<>();
    Map<String, Double> seconds =
        Map.of("a.A", 7.0, "a.B", 5.0, "a.C", 4.0, "a.D", 3.0, "a.E", 3.0, "a.F", 2.0);
    seconds.keySet().stream().sorted().forEach(name -> classes.add(testClass("m", name)));

    ShardPlan plan = BinPacker.pack(classes, 2, KeepTogether.CLASS, times(seconds));

    assertThat(plan.shards()).hasSize(2);
    assertThat(plan.shards()).extracting(Shard::predictedSeconds).containsExactly(12.0, 12.0);
    assertThat(plan.lowerBoundSeconds()).isCloseTo(12.0, within(1e-9));
    assertThat(plan.classCount()).isEqualTo(6);
    assertThat(plan.shards().get(0).id()).startsWith("bin-");
  }

  @Test
  void theLowerBoundIsTheLongestClassWhenOneClassDominates() {
    Map<String, Double> seconds = Map.of("a.Huge", 100.0, "a.B", 1.0, "a.C", 1.0);
    List<DiscoveredClass> classes =
        List.of(testClass("m", "a.Huge"), testClass("m", "a.B"), testClass("m", "a.C"));

    ShardPlan plan = BinPacker.pack(classes, 3, KeepTogether.CLASS, times(seconds));

    assertThat(plan.lowerBoundSeconds()).isEqualTo(100.0);
    assertThat(plan.shards().get(0).classNames()).containsExactly("a.Huge");
  }

  @Test
  void keepingPackagesTogetherNeverSplitsAPackage() {
    Map<String, Double> seconds =
        Map.of("p.A", 3.0, "p.B", 3.0, "q.C", 2.0, "q.D", 2.0, "r.E", 4.0);
    List<DiscoveredClass> classes = new ArrayList<>();
    seconds.keySet().stream().sorted().forEach(name -> classes.add(testClass("m", name)));

    ShardPlan plan = BinPacker.pack(classes, 3, KeepTogether.PACKAGE, times(seconds));

    for (Shard shard : plan.shards()) {
      assertThat(shard.classes().stream().map(DiscoveredClass::packageName).distinct()).hasSize(1);
    }
    assertThat(plan.lowerBoundSeconds()).isEqualTo(6.0);
  }

  @Test
  void aShardNeverMixesModulesAndEveryModuleGetsOne() {
    Map<String, Double> seconds = Map.of("a.A", 10.0, "a.B", 10.0, "a.C", 10.0, "b.X", 1.0);
    List<DiscoveredClass> classes =
        List.of(
            testClass("big", "a.A"),
            testClass("big", "a.B"),
            testClass("big", "a.C"),
            testClass("small", "b.X"));

    ShardPlan plan = BinPacker.pack(classes, 3, KeepTogether.CLASS, times(seconds));

    assertThat(plan.shards()).hasSize(3);
    assertThat(plan.shards()).filteredOn(s -> s.module().equals("small")).hasSize(1);
    for (Shard shard : plan.shards()) {
      assertThat(shard.classes()).allMatch(c -> c.module().equals(shard.module()));
    }
  }

  @Test
  void neverMakesMoreShardsThanThereAreGroups() {
    Map<String, Double> seconds = Map.of("a.A", 1.0, "a.B", 1.0);
    List<DiscoveredClass> classes = List.of(testClass("m", "a.A"), testClass("m", "a.B"));

    assertThat(BinPacker.pack(classes, 8, KeepTogether.CLASS, times(seconds)).shards()).hasSize(2);
  }

  @Test
  void apportionsBinsByExpectedTimeWithAtLeastOneEach() {
    Map<String, Integer> bins =
        BinPacker.apportion(new java.util.LinkedHashMap<>(Map.of("a", 90.0, "b", 10.0)), 10);

    assertThat(bins.get("a") + bins.get("b")).isEqualTo(10);
    assertThat(bins.get("b")).isGreaterThanOrEqualTo(1);
    assertThat(bins.get("a")).isGreaterThanOrEqualTo(8);
  }
}
