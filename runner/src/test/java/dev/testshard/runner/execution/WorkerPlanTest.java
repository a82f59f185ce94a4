package dev.testshard.runner.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.plan.DiscoveredClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class WorkerPlanTest {

  /** Expected seconds: the number after the last dash of the class name. */
  private static final ToDoubleFunction<DiscoveredClass> EXPECTED =
      c -> Double.parseDouble(c.className().substring(c.className().lastIndexOf('-') + 1));

  @Test
  void withMoreModulesThanWorkersTheModuleWithMostOfTheTestsGetsAllWorkersFirst() {
    List<DiscoveredClass> classes = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      classes.add(test("gson", "Big" + i + "-5"));
    }
    classes.add(test("extras", "Small-3"));
    classes.add(test("proto", "Proto-2"));
    classes.add(test("metrics", "Metrics-1"));

    List<ShardExecutor.ShardTask> tasks = WorkerPlan.tasks(classes, 2, EXPECTED);

    assertThat(tasks)
        .extracting(task -> task.shard().module())
        .containsExactly("gson", "gson", "extras", "proto", "metrics");
    assertThat(tasks).allSatisfy(task -> assertThat(task.shardCount()).isEqualTo(5));
    assertThat(tasks.get(0).queue()).isSameAs(tasks.get(1).queue());
  }

  @Test
  void withFewerModulesThanWorkersEveryWorkerRunsAtOnceSharedByExpectedTime() {
    List<DiscoveredClass> classes = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      classes.add(test("small", "S" + i + "-1"));
      classes.add(test("large", "L" + i + "-9"));
    }

    List<ShardExecutor.ShardTask> tasks = WorkerPlan.tasks(classes, 10, EXPECTED);

    assertThat(tasks)
        .extracting(task -> task.shard().module())
        .containsExactly(
            "large", "large", "large", "large", "large", "large", "large", "large", "small",
            "small");
  }

  @Test
  void sharesAreRoundedAndKeepOneWorkerForEveryModule() {
    assertThat(WorkerPlan.shares(Map.of("a", 96.0, "b", 2.0, "c", 2.0), 2))
        .containsEntry("a", 2)
        .containsEntry("b", 1)
        .containsEntry("c", 1);
    assertThat(WorkerPlan.shares(Map.of("a", 0.0, "b", 0.0, "c", 0.0), 2))
        .containsEntry("a", 1)
        .containsEntry("b", 1);
  }

  private static DiscoveredClass test(String module, String name) {
    return new DiscoveredClass(module, "com.acme." + name, List.of(), List.of());
  }
}
