package dev.testshard.report.html;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.testshard.report.AtomicFiles;
import dev.testshard.report.TestSuiteResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes the HTML report: one self-contained {@code index.html} (no network, no other files) with
 * the run's data embedded as JSON and rendered by inline script, lazily, so that it stays usable at
 * 100,000 tests. Sections, in order: totals, failures, flaky tests, the shard timeline, the slowest
 * classes and tests, and a searchable package → class → test drill-down.
 *
 * <pre>{@code
 * try (var html = HtmlReportWriter.open(target, rerunCommand, "shards/{shard}/output.log")) {
 *   suites.forEach(html::write);
 *   html.finish(RunOverview.of(summary, timings));
 * }
 * }</pre>
 *
 * <p>Suites are streamed to hidden files next to {@code target}; only counts, lost work, the
 * slowest entries and one timeline span per class stay in memory. {@link #finish} assembles the
 * page in another hidden file and renames it onto {@code target}; {@link #close()} without it
 * leaves no target. Text from tests is sanitized and capped (see {@link EntryJson}) and can never
 * end its {@code <script>} element (see {@link ScriptJson}). Not thread-safe.
 */
public final class HtmlReportWriter implements AutoCloseable {

  private final Path target;
  private final RerunCommand rerun;
  private final List<Path> parts = new ArrayList<>();
  private final List<Writer> writers = new ArrayList<>();
  private final List<JsonGenerator> arrays = new ArrayList<>();
  private final EntryJson entries;
  private final SuiteDigest digest;
  private Path page;
  private boolean done;

  private HtmlReportWriter(Path target, RerunCommand rerun, String outputPointer)
      throws IOException {
    this.target = target;
    this.rerun = rerun;
    try {
      JsonGenerator tests = array("tests");
      this.entries = new EntryJson(array("failures"), array("flaky"), rerun, outputPointer);
      this.digest = new SuiteDigest(tests, entries, rerun);
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /**
   * Starts a report that {@link #finish} will publish at {@code target}.
   *
   * @param rerun how to re-run a class with testshard, for the failures' copyable commands
   * @param outputPointer where a shard's full output is, relative to the page, with {@code {shard}}
   *     for the shard id; or null when unknown
   */
  public static HtmlReportWriter open(Path target, RerunCommand rerun, String outputPointer)
      throws IOException {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(rerun, "rerun");
    return new HtmlReportWriter(target, rerun, outputPointer);
  }

  /** Adds one top-level class. */
  public void write(TestSuiteResult suite) throws IOException {
    requireOpen();
    digest.accept(Objects.requireNonNull(suite, "suite"));
  }

  /** Completes the page and publishes it at {@code target}, replacing any earlier file. */
  public void finish(RunOverview overview) throws IOException {
    requireOpen();
    done = true;
    for (JsonGenerator array : arrays) {
      array.writeEndArray();
      array.close();
    }
    for (Writer writer : writers) {
      writer.close();
    }
    PageData data = PageData.of(overview, digest, entries.failureCount(), rerun);
    page = AtomicFiles.tempSibling(target, "html");
    PageTemplate.write(page, data, parts.get(0), parts.get(1), parts.get(2));
    AtomicFiles.publish(page, target);
    page = null;
  }

  /** Idempotent; deletes the temporary files, and without {@link #finish} leaves no target. */
  @Override
  public void close() {
    for (Writer writer : writers) {
      try {
        writer.close();
      } catch (IOException e) {
        // Discarding the temporary file anyway.
      }
    }
    parts.forEach(AtomicFiles::deleteQuietly);
    AtomicFiles.deleteQuietly(page);
    done = true;
  }

  private JsonGenerator array(String purpose) throws IOException {
    Path part = AtomicFiles.tempSibling(target, purpose);
    parts.add(part);
    Writer writer =
        new BufferedWriter(
            new OutputStreamWriter(
                Files.newOutputStream(part, StandardOpenOption.CREATE_NEW), StandardCharsets.UTF_8),
            1 << 16);
    writers.add(writer);
    JsonGenerator generator = ScriptJson.generator(writer);
    generator.writeStartArray();
    arrays.add(generator);
    return generator;
  }

  private void requireOpen() {
    if (done) {
      throw new IllegalStateException("HTML report writer for " + target + " is finished");
    }
  }
}
