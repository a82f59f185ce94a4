package dev.testshard.runner.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.build.TestModule;
import dev.testshard.runner.snapshot.Snapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiscoveryGroupTest {

  private static Snapshot.SnapshotModule module(
      String id, String workingDir, List<String> jvmOptions, Map<String, String> env) {
    return new Snapshot.SnapshotModule(
        new TestModule(id, Path.of("/p", id), List.of(), List.of()),
        id,
        workingDir,
        "/workspace/" + id + "/target/test-classes",
        Set.of(),
        jvmOptions,
        env,
        null);
  }

  @Test
  void modulesWithTheSameWorkingDirectoryOptionsAndEnvironmentShareAJvm() {
    Snapshot.SnapshotModule core = module("core", "/workspace", List.of("-Dx=1"), Map.of("A", "b"));
    Snapshot.SnapshotModule web = module("web", "/workspace", List.of("-Dx=1"), Map.of("A", "b"));

    List<DiscoveryGroup> groups = DiscoveryGroup.of(List.of(core, web));

    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).modules()).containsExactly(core, web);
    assertThat(groups.get(0).single()).isFalse();
    assertThat(groups.get(0).jvmOptions()).containsExactly("-Dx=1");
    assertThat(groups.get(0).environment()).containsExactlyEntriesOf(Map.of("A", "b"));
  }

  @Test
  void aModuleThatDiffersInAnyOfItsSettingsIsDiscoveredInAJvmOfItsOwn() {
    Snapshot.SnapshotModule base = module("a", "/workspace", List.of("-Dx=1"), Map.of("A", "b"));
    List<Snapshot.SnapshotModule> others =
        List.of(
            module("b", "/workspace/b", List.of("-Dx=1"), Map.of("A", "b")),
            module("c", "/workspace", List.of("-Dx=2"), Map.of("A", "b")),
            module("d", "/workspace", List.of("-Dx=1"), Map.of("A", "c")),
            module("e", "/workspace", List.of(), Map.of("A", "b")));

    for (Snapshot.SnapshotModule other : others) {
      assertThat(DiscoveryGroup.of(List.of(base, other)))
          .as(other.module().id())
          .extracting(DiscoveryGroup::single)
          .containsExactly(true, true);
    }
  }

  @Test
  void groupsKeepTheModulesOrderAndTheForkNumberIsOneAsInAModulesFirstShard() {
    List<DiscoveryGroup> groups =
        DiscoveryGroup.of(
            List.of(
                module("a", "/workspace", List.of("-Dfork=${surefire.forkNumber}"), Map.of()),
                module("b", "/workspace/b", List.of(), Map.of("F", "${surefire.forkNumber}")),
                module("c", "/workspace", List.of("-Dfork=1"), Map.of())));

    assertThat(groups).extracting(DiscoveryGroup::names).containsExactly("a, c", "b");
    assertThat(groups.get(0).jvmOptions()).containsExactly("-Dfork=1");
    assertThat(groups.get(1).environment()).containsEntry("F", "1");
  }
}
