package dev.testshard.runner.console;

import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.DiscoveredClass.PlannedTest;
import dev.testshard.runner.plan.Shard;
import java.util.ArrayList;
import java.util.List;

/** Shards for the console tests. */
public final class Shards {

  private Shards() {}

  /** A shard of one class {@code com.acme.<id>.SomeTest} with {@code tests} planned tests. */
  public static Shard shard(String id, int tests, double predictedSeconds) {
    String className = "com.acme." + id.replace('-', '_') + ".SomeTest";
    List<PlannedTest> planned = new ArrayList<>();
    for (int i = 0; i < tests; i++) {
      planned.add(new PlannedTest(className, "test" + i + "()"));
    }
    return new Shard(
        id,
        ".",
        List.of(new DiscoveredClass(".", className, List.of("junit-jupiter"), planned)),
        predictedSeconds);
  }
}
