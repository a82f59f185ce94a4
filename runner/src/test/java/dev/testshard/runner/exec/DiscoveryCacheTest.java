package dev.testshard.runner.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.build.TestModule;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.snapshot.ProjectFiles;
import dev.testshard.runner.snapshot.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryCacheTest {

  @TempDir Path dir;

  private static final List<DiscoveredClass> CLASSES =
      List.of(
          new DiscoveredClass(
              "app",
              "com.acme.CartTest",
              List.of("junit-jupiter"),
              List.of(
                  new DiscoveredClass.PlannedTest("com.acme.CartTest", "addsItem()"),
                  new DiscoveredClass.PlannedTest("com.acme.CartTest$Nested", "removes()"))));

  private static Snapshot snapshot(String classPathKey, String moduleId) {
    TestModule module = new TestModule(moduleId, Path.of("/p"), List.of(), List.of());
    return new Snapshot(
        "testshard-run:x",
        "/testshard/agent/agent.jar",
        List.of(
            new Snapshot.SnapshotModule(
                module, "m0", "/workspace", "/testshard/agent/agent.jar", Set.of())),
        new ProjectFiles(Path.of("/p"), List.of(), ""),
        classPathKey);
  }

  private static final String INCLUDE = ".*Test";

  @Test
  void aDiscoveryReadsBackUnderItsKeyWithItsWarnings() {
    DiscoveryCache cache = new DiscoveryCache(dir);
    String key =
        DiscoveryCache.key(snapshot("abc", "app"), INCLUDE, List.of("junit-platform-suite"));

    cache.write(key, CLASSES, List.of("class X could not be loaded"));

    DiscoveryCache.Entry entry = cache.read(key).orElseThrow();
    assertThat(entry.classes()).isEqualTo(CLASSES);
    assertThat(entry.warnings()).containsExactly("class X could not be loaded");
  }

  @Test
  void theKeyChangesWithTheClassPathTheModulesTheIncludePatternAndTheExcludedEngines() {
    String key = DiscoveryCache.key(snapshot("abc", "app"), INCLUDE, List.of());

    assertThat(DiscoveryCache.key(snapshot("abc", "app"), INCLUDE, List.of())).isEqualTo(key);
    assertThat(
            List.of(
                DiscoveryCache.key(snapshot("abd", "app"), INCLUDE, List.of()),
                DiscoveryCache.key(snapshot("abc", "web"), INCLUDE, List.of()),
                DiscoveryCache.key(snapshot("abc", "app"), ".*Tests", List.of()),
                DiscoveryCache.key(snapshot("abc", "app"), INCLUDE, List.of("junit-vintage"))))
        .doesNotContain(key)
        .doesNotHaveDuplicates();
  }

  @Test
  void anUnknownKeyOrAnUnreadableEntryIsAMiss() throws Exception {
    DiscoveryCache cache = new DiscoveryCache(dir);
    Files.writeString(dir.resolve("broken.json"), "{\"format\": \"testshard-discovery/1\", \"cl");
    Files.writeString(dir.resolve("other.json"), "{\"format\": \"other/9\", \"classes\": []}");

    assertThat(cache.read("missing")).isEmpty();
    assertThat(cache.read("broken")).isEmpty();
    assertThat(cache.read("other")).isEmpty();
  }

  @Test
  void keepsOnlyTheNewestEntries() throws Exception {
    DiscoveryCache cache = new DiscoveryCache(dir);
    for (int i = 0; i < DiscoveryCache.KEEP; i++) {
      Path old = dir.resolve("old-" + i + ".json");
      Files.writeString(old, "{}");
      Files.setLastModifiedTime(old, FileTime.fromMillis(1000L * i));
    }

    cache.write("new", CLASSES, List.of());

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .hasSize(DiscoveryCache.KEEP)
          .contains("new.json")
          .doesNotContain("old-0.json");
    }
  }
}
