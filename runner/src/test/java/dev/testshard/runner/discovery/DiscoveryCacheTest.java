package dev.testshard.runner.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.build.TestModule;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.snapshot.ProjectFiles;
import dev.testshard.runner.snapshot.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiscoveryCacheTest {

  @TempDir Path dir;

  private final List<String> warnings = new ArrayList<>();

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

    cache.write(key, CLASSES, List.of("class X could not be loaded"), warnings::add);

    DiscoveryCache.Entry entry = cache.read(key, warnings::add).orElseThrow();
    assertThat(entry.classes()).isEqualTo(CLASSES);
    assertThat(entry.warnings()).containsExactly("class X could not be loaded");
    assertThat(warnings).isEmpty();
  }

  private static String keyOf(Snapshot.SnapshotModule... modules) {
    return DiscoveryCache.key(
        new Snapshot(
            "testshard-run:x",
            "/a.jar",
            List.of(modules),
            new ProjectFiles(Path.of("/p"), List.of(), ""),
            "abc"),
        INCLUDE,
        List.of());
  }

  @Test
  void theKeyChangesWithAModulesBuildSettings() {
    TestModule module = new TestModule("app", Path.of("/p"), List.of(), List.of());
    List<String> keys = new ArrayList<>();
    for (Snapshot.SnapshotModule settings :
        List.of(
            new Snapshot.SnapshotModule(
                module, "m0", "/workspace", "/a.jar", Set.of(), List.of(), Map.of(), null),
            new Snapshot.SnapshotModule(
                module, "m0", "/workspace/sub", "/a.jar", Set.of(), List.of(), Map.of(), null),
            new Snapshot.SnapshotModule(
                module, "m0", "/workspace", "/a.jar", Set.of(), List.of("-Dx=1"), Map.of(), null),
            new Snapshot.SnapshotModule(
                module,
                "m0",
                "/workspace",
                "/a.jar",
                Set.of(),
                List.of(),
                Map.of("X", "1"),
                null))) {
      keys.add(keyOf(settings));
    }

    assertThat(keys).doesNotHaveDuplicates();
  }

  @Test
  void theKeyChangesWithTheSettingsOfAnyModuleOfSeveral() {
    TestModule core = new TestModule("core", Path.of("/p/core"), List.of(), List.of());
    TestModule web = new TestModule("web", Path.of("/p/web"), List.of(), List.of());
    Snapshot.SnapshotModule first =
        new Snapshot.SnapshotModule(
            core, "m0", "/workspace/core", "/a.jar", Set.of(), List.of("-Dx=1"), Map.of(), null);
    List<String> keys = new ArrayList<>();
    for (Snapshot.SnapshotModule second :
        List.of(
            new Snapshot.SnapshotModule(
                web, "m1", "/workspace/web", "/b.jar", Set.of(), List.of(), Map.of(), null),
            new Snapshot.SnapshotModule(
                web, "m1", "/workspace/web", "/b.jar", Set.of(), List.of("-Dx=1"), Map.of(), null),
            new Snapshot.SnapshotModule(
                web, "m1", "/workspace/web/data", "/b.jar", Set.of(), List.of(), Map.of(), null),
            new Snapshot.SnapshotModule(
                web,
                "m1",
                "/workspace/web",
                "/b.jar",
                Set.of(),
                List.of(),
                Map.of("C", "1"),
                null))) {
      keys.add(keyOf(first, second));
    }

    assertThat(keys).doesNotHaveDuplicates();
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
  void anUnknownKeyOrAnEntryOfAnEarlierFormatIsAMissWithoutAWarning() throws Exception {
    DiscoveryCache cache = new DiscoveryCache(dir);
    Files.writeString(dir.resolve("old.json"), "{\"format\": \"testshard-discovery/2\"}");

    assertThat(cache.read("missing", warnings::add)).isEmpty();
    assertThat(cache.read("old", warnings::add)).isEmpty();
    assertThat(warnings).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"format\": \"testshard-discovery/3\", \"cl",
        "\u0000\u0001 not json",
        "[1, 2]",
        "null",
        "{\"format\": \"testshard-discovery/3\"}",
        "{\"format\": \"testshard-discovery/3\", \"classes\": [null]}",
        "{\"format\": \"testshard-discovery/3\", \"classes\": [{\"module\": \"app\"}]}",
        "{\"format\": \"testshard-discovery/3\", \"classes\": 7}"
      })
  void aCorruptEntryIsAMissWithOneWarningAndIsRemoved(String content) throws Exception {
    DiscoveryCache cache = new DiscoveryCache(dir);
    Path entry = dir.resolve("broken.json");
    Files.writeString(entry, content);

    assertThat(cache.read("broken", warnings::add)).isEmpty();

    assertThat(warnings)
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith("ignoring the corrupt discovery cache entry " + entry)
                    .doesNotContain("\n"));
    assertThat(entry).doesNotExist();
  }

  @Test
  void aCacheThatCannotBeWrittenIsOneWarning() throws Exception {
    Path notADirectory = dir.resolve("file");
    Files.writeString(notADirectory, "x");

    new DiscoveryCache(notADirectory).write("k", CLASSES, List.of(), warnings::add);

    assertThat(warnings)
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith("cannot save the discovery cache in " + notADirectory)
                    .endsWith("(the next run discovers again)"));
  }

  @Test
  void keepsOnlyTheNewestEntries() throws Exception {
    DiscoveryCache cache = new DiscoveryCache(dir);
    for (int i = 0; i < DiscoveryCache.KEEP; i++) {
      Path old = dir.resolve("old-" + i + ".json");
      Files.writeString(old, "{}");
      Files.setLastModifiedTime(old, FileTime.fromMillis(1000L * i));
    }

    cache.write("new", CLASSES, List.of(), warnings::add);

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .hasSize(DiscoveryCache.KEEP)
          .contains("new.json")
          .doesNotContain("old-0.json");
    }
  }
}
