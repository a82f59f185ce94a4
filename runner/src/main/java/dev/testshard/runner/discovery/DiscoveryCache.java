package dev.testshard.runner.discovery;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testshard.runner.common.FileProblems;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.snapshot.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What discovery found in earlier snapshots, keyed by everything it depends on: the snapshot's
 * class path content ({@link Snapshot#classPathKey()}: dependency image, descriptors, every class
 * file and project jar), the modules with their build settings (working directory, argLine and
 * system properties, environment), the include pattern and the excluded engines. A changed, added
 * or removed class changes the key, so a hit is exactly what a discovery container would report.
 * Engines that read files outside the class path to discover tests are not covered.
 *
 * <p>One small JSON file per key under {@code ~/.cache/testshard/discovery/}; the oldest files
 * beyond {@value #KEEP} are removed. An unreadable entry is a miss, with a warning.
 */
public final class DiscoveryCache {

  static final int KEEP = 32;
  // 2: planned tests carry Surefire's names (adds, not adds()); 3: each module of a multi-module
  // project discovered with its own build settings. Entries of earlier formats are misses.
  private static final String FORMAT = "testshard-discovery/3";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One cached discovery. */
  public record Entry(String format, List<DiscoveredClass> classes, List<String> warnings) {}

  private final Path dir;

  public DiscoveryCache(Path dir) {
    this.dir = dir;
  }

  public static DiscoveryCache inUserCache() {
    return new DiscoveryCache(
        Path.of(System.getProperty("user.home"), ".cache", "testshard", "discovery"));
  }

  /** The key of a discovery of {@code snapshot} with these options. */
  public static String key(Snapshot snapshot, String include, List<String> excludedEngines) {
    return key(snapshot, include, excludedEngines, Map.of());
  }

  /**
   * The key of a discovery of {@code snapshot} with these options and the configuration file's
   * environment {@code configEnv} (as written: templates that change from run to run, such as
   * {@code ${run.id}}, do not make every run a miss).
   */
  public static String key(
      Snapshot snapshot,
      String include,
      List<String> excludedEngines,
      Map<String, String> configEnv) {
    StringBuilder text = new StringBuilder(FORMAT).append('\n');
    text.append("env ").append(new TreeMap<>(configEnv)).append('\n');
    text.append(snapshot.classPathKey()).append('\n').append(include).append('\n');
    excludedEngines.forEach(engine -> text.append("exclude ").append(engine).append('\n'));
    snapshot
        .modules()
        .forEach(
            m ->
                text.append(m.key())
                    .append(' ')
                    .append(m.module().id())
                    .append(' ')
                    .append(m.workingDir())
                    .append(' ')
                    .append(m.jvmOptions())
                    .append(' ')
                    .append(new TreeMap<>(m.environment()))
                    .append('\n'));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * The classes found under {@code key}, with the warnings of that discovery, if cached. An entry
   * that cannot be read is a miss with one warning to {@code warn}, and is removed; an entry of an
   * earlier format is a miss without one.
   */
  public Optional<Entry> read(String key, Consumer<String> warn) {
    Path file = dir.resolve(key + ".json");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Entry entry = JSON.readValue(file.toFile(), Entry.class);
      if (entry == null || entry.format() == null) {
        throw new IOException("no format");
      }
      if (!FORMAT.equals(entry.format())) {
        return Optional.empty();
      }
      if (entry.classes() == null || entry.classes().contains(null)) {
        throw new IOException("no list of classes");
      }
      List<String> warnings = entry.warnings() == null ? List.of() : entry.warnings();
      return Optional.of(
          new Entry(entry.format(), List.copyOf(entry.classes()), List.copyOf(warnings)));
    } catch (IOException | RuntimeException e) {
      warn.accept(
          "ignoring the corrupt discovery cache entry "
              + file
              + " ("
              + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
              + "); discovering again");
      try {
        Files.deleteIfExists(file);
      } catch (IOException notRemoved) {
        // the next write replaces it
      }
      return Optional.empty();
    }
  }

  /**
   * Remembers a discovery. A cache that cannot be written is not an error: one warning to {@code
   * warn}, and the next run discovers again.
   */
  public void write(
      String key, List<DiscoveredClass> classes, List<String> warnings, Consumer<String> warn) {
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, key, ".tmp");
      try {
        JSON.writeValue(temp.toFile(), new Entry(FORMAT, classes, warnings));
        Files.move(
            temp,
            dir.resolve(key + ".json"),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
      prune();
    } catch (IOException | RuntimeException e) {
      warn.accept(
          "cannot save the discovery cache in "
              + dir
              + ": "
              + (e instanceof IOException io ? FileProblems.reason(io) : e.getMessage())
              + " (the next run discovers again)");
    }
  }

  private void prune() throws IOException {
    List<Path> entries;
    try (Stream<Path> files = Files.list(dir)) {
      entries =
          files
              .filter(f -> f.getFileName().toString().endsWith(".json"))
              .sorted(Comparator.comparing(DiscoveryCache::modified).reversed())
              .toList();
    }
    for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
      Files.deleteIfExists(old);
    }
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }
}
