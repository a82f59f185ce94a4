package dev.testshard.runner.cli;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prepares the report directory: removes what an earlier run wrote there (and only that), so a
 * stale shard can never be mistaken for a result of this run, and checks that it is writable.
 */
final class ReportDirectory {

  private static final List<String> OWN_FILES =
      List.of("TEST-testshard.xml", "summary.json", "timings.json", "index.html", "build.log");

  private ReportDirectory() {}

  static void prepare(Path dir) {
    try {
      Files.createDirectories(dir);
      for (String name : OWN_FILES) {
        Files.deleteIfExists(dir.resolve(name));
      }
      Path shards = dir.resolve("shards");
      if (Files.isDirectory(shards)) {
        try (Stream<Path> walk = Files.walk(shards)) {
          for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
      Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
      Files.delete(probe);
    } catch (IOException e) {
      throw new TestshardException(
          ExitCodes.USAGE, "report directory " + dir + " is not writable: " + e.getMessage(), e);
    }
  }
}
