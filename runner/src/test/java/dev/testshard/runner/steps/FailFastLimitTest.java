package dev.testshard.runner.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.build.TestModule;
import dev.testshard.runner.build.TestSettings;
import dev.testshard.runner.snapshot.Snapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The run's fail-fast limit: --fail-fast, else the modules' Surefire skipAfterFailureCount. */
class FailFastLimitTest {

  @Test
  void theOptionWinsOverTheModulesSetting() {
    assertThat(ExecuteStep.failFastLimit(2, List.of(module("core", 1))))
        .isEqualTo(new ExecuteStep.FailFastLimit(2, "--fail-fast"));
  }

  @Test
  void withoutTheOptionTheSmallestCountOfAModuleThatHasOne() {
    assertThat(
            ExecuteStep.failFastLimit(0, List.of(module("a", 0), module("b", 5), module("c", 3))))
        .isEqualTo(new ExecuteStep.FailFastLimit(3, "skipAfterFailureCount=3 (module c)"));
  }

  @Test
  void noLimitWhenNoModuleHasOne() {
    assertThat(ExecuteStep.failFastLimit(0, List.of(module("a", 0))).limit()).isZero();
    assertThat(ExecuteStep.failFastLimit(0, List.of()).limit()).isZero();
  }

  private static Snapshot.SnapshotModule module(String id, int skipAfterFailure) {
    Path dir = Path.of("/p", id);
    TestSettings settings =
        new TestSettings(
            "default-test",
            List.of(),
            Map.of(),
            Map.of(),
            dir,
            TestSettings.SUREFIRE_DEFAULT_SELECTION,
            List.of(),
            null,
            0,
            skipAfterFailure);
    return new Snapshot.SnapshotModule(
        new TestModule(id, dir, List.of(), List.of(), settings), id, "/w/" + id, "", Set.of());
  }
}
