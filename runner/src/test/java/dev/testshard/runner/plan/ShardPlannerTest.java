package dev.testshard.runner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.plan.DiscoveredClass.PlannedTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShardPlannerTest {

  @Test
  void packsEveryPackageIntoItsOwnShard() {
    ShardPlan plan =
        ShardPlanner.plan(
            List.of(
                testClass("app", "com.acme.cart.CartTest", 1),
                testClass("app", "com.acme.pay.PayTest", 1),
                testClass("app", "com.acme.cart.TotalsTest", 1)),
            ShardBy.PACKAGE);

    assertThat(plan.shardBy()).isEqualTo(ShardBy.PACKAGE);
    assertThat(plan.shards())
        .extracting(Shard::id)
        .containsExactly("com.acme.cart", "com.acme.pay");
    assertThat(plan.shards().get(0).classNames())
        .containsExactly("com.acme.cart.CartTest", "com.acme.cart.TotalsTest");
    assertThat(plan.shards()).allSatisfy(shard -> assertThat(shard.module()).isEqualTo("app"));
  }

  @Test
  void packsEveryClassIntoItsOwnShard() {
    ShardPlan plan =
        ShardPlanner.plan(
            List.of(testClass("app", "com.acme.ATest", 1), testClass("app", "com.acme.BTest", 1)),
            ShardBy.CLASS);

    assertThat(plan.shards())
        .extracting(Shard::id)
        .containsExactly("com.acme.ATest", "com.acme.BTest");
    assertThat(plan.shards()).allSatisfy(shard -> assertThat(shard.classes()).hasSize(1));
  }

  @Test
  void packsEveryModuleIntoItsOwnShard() {
    ShardPlan plan =
        ShardPlanner.plan(
            List.of(
                testClass("api", "com.acme.api.ApiTest", 1),
                testClass("core", "com.acme.core.CoreTest", 1),
                testClass("api", "com.acme.web.WebTest", 1)),
            ShardBy.MODULE);

    assertThat(plan.shards()).extracting(Shard::id).containsExactly("api", "core");
    assertThat(plan.shards().get(0).classNames())
        .containsExactly("com.acme.api.ApiTest", "com.acme.web.WebTest");
    assertThat(plan.shards()).extracting(Shard::module).containsExactly("api", "core");
  }

  @Test
  void prefixesIdsWithTheModuleWhenThereAreSeveralModules() {
    ShardPlan plan =
        ShardPlanner.plan(
            List.of(
                testClass("api", "com.acme.api.ApiTest", 1),
                testClass("core", "com.acme.core.CoreTest", 1)),
            ShardBy.PACKAGE);

    assertThat(plan.shards())
        .extracting(Shard::id)
        .containsExactly("api_com.acme.api", "core_com.acme.core");
  }

  @Test
  void keepsTheSamePackageOfTwoModulesInSeparateShards() {
    ShardPlan plan =
        ShardPlanner.plan(
            List.of(
                testClass("api", "com.acme.ApiTest", 1), testClass("core", "com.acme.CoreTest", 1)),
            ShardBy.PACKAGE);

    assertThat(plan.shards()).hasSize(2);
    assertThat(plan.shards())
        .extracting(shard -> shard.module() + ":" + shard.classNames())
        .containsExactly("api:[com.acme.ApiTest]", "core:[com.acme.CoreTest]");
    assertThat(plan.shards()).extracting(Shard::id).doesNotHaveDuplicates();
  }

  @Test
  void keepsClassesOfTwoModulesApartWhoseIdsLookAlikeOnceMadeSafe() {
    // "a/b" and "a_b" both become "a_b" as file names.
    ShardPlan plan =
        ShardPlanner.plan(
            List.of(testClass("a/b", "x.OneTest", 1), testClass("a_b", "y.TwoTest", 1)),
            ShardBy.MODULE);

    assertThat(plan.shards())
        .extracting(shard -> shard.module() + ":" + shard.classNames())
        .containsExactly("a/b:[x.OneTest]", "a_b:[y.TwoTest]");
    assertThat(plan.shards()).extracting(Shard::id).containsExactly("a_b", "a_b-2");
  }

  @Test
  void makesIdsFileNameSafe() {
    ShardPlan plan =
        ShardPlanner.plan(
            List.of(
                testClass("services/order api", "com.acme.OrderTest", 1),
                testClass("services/billing", "com.acme.BillTest", 1)),
            ShardBy.PACKAGE);

    assertThat(plan.shards())
        .extracting(Shard::id)
        .containsExactly("services_billing_com.acme", "services_order_api_com.acme");
    assertThat(plan.shards())
        .extracting(Shard::module)
        .containsExactly("services/billing", "services/order api");
  }

  @Test
  void givesTheDefaultPackageAShardWithASafeId() {
    ShardPlan plan =
        ShardPlanner.plan(
            List.of(testClass("app", "RootTest", 1), testClass("app", "com.acme.ATest", 1)),
            ShardBy.PACKAGE);

    assertThat(plan.shards()).hasSize(2);
    Shard defaultPackage =
        plan.shards().stream()
            .filter(s -> s.classNames().contains("RootTest"))
            .findFirst()
            .orElseThrow();
    assertThat(defaultPackage.classNames()).containsExactly("RootTest");
    assertThat(defaultPackage.id()).matches("[A-Za-z0-9._-]+").contains("default");
  }

  @Test
  void putsTheShardWithMostPlannedTestsFirst() {
    ShardPlan plan =
        ShardPlanner.plan(
            List.of(
                testClass("app", "a.SmallTest", 1),
                testClass("app", "b.LargeTest", 5),
                testClass("app", "c.MediumTest", 3),
                testClass("app", "c.OtherTest", 1)),
            ShardBy.PACKAGE);

    assertThat(plan.shards()).extracting(Shard::id).containsExactly("b", "c", "a");
    assertThat(plan.shards()).extracting(Shard::plannedTests).containsExactly(5, 4, 1);
  }

  @Test
  void ordersShardsOfEqualSizeByNameWhateverTheInputOrder() {
    List<DiscoveredClass> classes = new ArrayList<>();
    for (String name : List.of("d.DTest", "a.ATest", "c.CTest", "b.BTest", "e.ETest")) {
      classes.add(testClass("app", name, 2));
    }
    List<String> expected = List.of("a", "b", "c", "d", "e");

    for (long seed = 0; seed < 5; seed++) {
      Collections.shuffle(classes, new Random(seed));
      assertThat(ShardPlanner.plan(classes, ShardBy.PACKAGE).shards())
          .extracting(Shard::id)
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void keepsEveryClassWholeWithAllItsNestedTests() {
    DiscoveredClass outer =
        new DiscoveredClass(
            "app",
            "com.acme.CartTest",
            List.of("junit-jupiter"),
            List.of(
                new PlannedTest("com.acme.CartTest", "adds()"),
                new PlannedTest("com.acme.CartTest$Empty", "isEmpty()"),
                new PlannedTest("com.acme.CartTest$Empty$Twice", "staysEmpty()")));

    for (ShardBy shardBy : ShardBy.values()) {
      ShardPlan plan =
          ShardPlanner.plan(List.of(outer, testClass("app", "com.acme.PayTest", 1)), shardBy);

      List<DiscoveredClass> planned =
          plan.shards().stream().flatMap(shard -> shard.classes().stream()).toList();
      assertThat(planned).as("%s", shardBy).containsOnlyOnce(outer);
      assertThat(plan.plannedTests()).as("%s", shardBy).isEqualTo(4);
    }
  }

  @Test
  void plansNoShardsForNoClasses() {
    ShardPlan plan = ShardPlanner.plan(List.of(), ShardBy.PACKAGE);

    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.classCount()).isZero();
    assertThat(plan.plannedTests()).isZero();
  }

  private static DiscoveredClass testClass(String module, String className, int tests) {
    List<PlannedTest> planned = new ArrayList<>();
    for (int i = 0; i < tests; i++) {
      planned.add(new PlannedTest(className, "test" + i + "()"));
    }
    return new DiscoveredClass(module, className, List.of("junit-jupiter"), planned);
  }

  @Test
  void withKnownTimesTheLongestShardStartsFirstWhateverItsTestCount() {
    List<DiscoveredClass> classes =
        List.of(
            new DiscoveredClass(
                "m",
                "a.ManyQuickTest",
                List.of(),
                List.of(
                    new DiscoveredClass.PlannedTest("a.ManyQuickTest", "t1()"),
                    new DiscoveredClass.PlannedTest("a.ManyQuickTest", "t2()"),
                    new DiscoveredClass.PlannedTest("a.ManyQuickTest", "t3()"))),
            new DiscoveredClass(
                "m",
                "b.OneSlowTest",
                List.of(),
                List.of(new DiscoveredClass.PlannedTest("b.OneSlowTest", "t1()"))));

    ShardPlan plan =
        ShardPlanner.plan(
            classes, ShardBy.PACKAGE, c -> c.className().equals("b.OneSlowTest") ? 30.0 : 2.0);

    assertThat(plan.shards()).extracting(Shard::id).containsExactly("b", "a");
    assertThat(plan.shards().get(0).predictedSeconds()).isEqualTo(30.0);
  }
}
