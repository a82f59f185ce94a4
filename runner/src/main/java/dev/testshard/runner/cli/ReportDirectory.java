package dev.testshard.runner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.FileProblems;
import dev.testshard.runner.common.TestshardException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prepares the report directory: removes what an earlier run wrote there (and only that), so a
 * stale shard can never be mistaken for a result of this run, and checks that it is writable and
 * not full. A directory the user chose that holds files testshard did not write is refused
 * untouched: its {@code shards/} and {@code index.html} would be replaced. testshard's own
 * directories carry a {@value #MARKER} file (or, from versions before it, a {@code summary.json} of
 * testshard's format).
 */
final class ReportDirectory {

  static final String MARKER = ".testshard-report";

  /** The format ids of testshard's {@code summary.json}: {@code testshard-summary/<version>}. */
  private static final String SUMMARY_FORMATS = "testshard-summary/";

  private static final List<String> OWN_FILES =
      List.of("TEST-testshard.xml", "summary.json", "timings.json", "index.html", "build.log");

  /**
   * Space a report needs at least: a probe of this size must fit, so that a full file system is
   * found before the build rather than after the tests.
   */
  private static final int PROBE_BYTES = 64 * 1024;

  private ReportDirectory() {}

  /**
   * @param chosen the user named the directory ({@code --report-dir}); the default one under the
   *     project's {@code target/} is testshard's in any case
   */
  static void prepare(Path dir, boolean chosen) {
    try {
      if (chosen && Files.isDirectory(dir)) {
        refuseForeign(dir);
      }
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
      Files.writeString(
          dir.resolve(MARKER),
          "A testshard report directory: the next run replaces what is in it.\n",
          StandardCharsets.UTF_8);
      Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
      try {
        Files.write(probe, new byte[PROBE_BYTES]);
      } finally {
        Files.deleteIfExists(probe);
      }
    } catch (IOException e) {
      throw new TestshardException(
          ExitCodes.USAGE,
          FileProblems.isNoSpace(e)
              ? "report directory " + dir + ": no space left on device"
              : "report directory " + dir + " is not writable: " + FileProblems.reason(e),
          e);
    }
  }

  private static void refuseForeign(Path dir) throws IOException {
    List<String> entries;
    try (Stream<Path> list = Files.list(dir)) {
      entries = list.map(path -> path.getFileName().toString()).sorted().toList();
    }
    if (entries.isEmpty() || isOwn(dir)) {
      return;
    }
    String some = String.join(", ", entries.subList(0, Math.min(3, entries.size())));
    throw new TestshardException(
        ExitCodes.USAGE,
        "report directory "
            + dir
            + " holds files testshard did not write ("
            + some
            + (entries.size() > 3 ? ", ..." : "")
            + "); nothing was changed: give --report-dir a new or empty directory");
  }

  /** Whether an earlier run of testshard wrote the directory. */
  static boolean isOwn(Path dir) {
    if (Files.isRegularFile(dir.resolve(MARKER))) {
      return true;
    }
    Path summary = dir.resolve("summary.json");
    if (!Files.isRegularFile(summary)) {
      return false;
    }
    try {
      JsonNode format = new ObjectMapper().readTree(summary.toFile()).path("format");
      return format.asText("").startsWith(SUMMARY_FORMATS);
    } catch (IOException e) {
      return false;
    }
  }
}
