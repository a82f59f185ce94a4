package dev.testshard.runner.execution;

import static dev.testshard.runner.execution.ExecutorHarness.outcomes;
import static dev.testshard.runner.execution.FakeShardRuntime.Behaviour.DIE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.results.ShardResult;
import dev.testshard.runner.results.ShardStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dynamic workers fed from the queue, through a fake runtime. */
class DynamicWorkersTest {

  private static final Map<String, Double> SECONDS = Map.of("Long", 9.0, "Mid", 5.0, "Short", 1.0);
  private static final ToDoubleFunction<DiscoveredClass> EXPECTED = c -> SECONDS.get(c.className());
  private static final List<DiscoveredClass> CLASSES =
      List.of(
          FakeShardRuntime.classNamed("Short"),
          FakeShardRuntime.classNamed("Long"),
          FakeShardRuntime.classNamed("Mid"));

  @TempDir Path reportDir;

  @Test
  void aWorkerPullsTheLongestExpectedClassFirstAndGetsStopOnceTheQueueIsEmpty() {
    ExecutorHarness harness = new ExecutorHarness(reportDir);

    List<ShardResult> results;
    try (ShardExecutor executor = harness.executor()) {
      results = executor.executeDynamic(CLASSES, 1, EXPECTED);
    }

    assertThat(harness.runtime.callsOf("worker-1"))
        .filteredOn(call -> call.startsWith("class "))
        .containsExactly("class Long PASS", "class Mid PASS", "class Short PASS");
    List<List<String>> feeds = harness.runtime.feeds();
    assertThat(feeds.get(feeds.size() - 1)).as("STOP").isEmpty();
    assertThat(feeds.stream().flatMap(List::stream))
        .as("each class fed once")
        .containsExactlyInAnyOrder("Long", "Mid", "Short");
    assertThat(results).extracting(ShardResult::status).containsExactly(ShardStatus.PASSED);
  }

  @Test
  void twoWorkersShareTheQueueAndEachClassRunsOnce() {
    ExecutorHarness harness = new ExecutorHarness(reportDir).parallel(2);

    List<ShardResult> results;
    try (ShardExecutor executor = harness.executor()) {
      results = executor.executeDynamic(CLASSES, 2, EXPECTED);
    }

    assertThat(harness.runtime.calls()).filteredOn(call -> call.startsWith("class ")).hasSize(3);
    assertThat(outcomes(results)).hasSize(6).allMatch(outcome -> outcome.endsWith("PASSED"));
    assertThat(harness.runtime.feeds()).filteredOn(List::isEmpty).as("one STOP each").hasSize(2);
  }

  @Test
  void aWorkerThatDiesLosesItsClassAndWhatNoWorkerRanTestByTest() {
    ExecutorHarness harness = new ExecutorHarness(reportDir);
    harness.runtime.script("Mid", DIE);

    List<ShardResult> results;
    try (ShardExecutor executor = harness.executor()) {
      results = executor.executeDynamic(CLASSES, 1, EXPECTED);
    }

    assertThat(results.get(0).status()).isEqualTo(ShardStatus.LOST);
    assertThat(outcomes(results))
        .containsExactlyInAnyOrder(
            "Long.one PASSED",
            "Long.two PASSED",
            "Mid.one PASSED",
            "Mid.two ERROR",
            "Short.one ERROR",
            "Short.two ERROR");
    assertThat(harness.runtime.calls()).noneMatch(call -> call.contains("Short PASS"));
  }
}
