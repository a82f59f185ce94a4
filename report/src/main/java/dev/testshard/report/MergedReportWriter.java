package dev.testshard.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Streams the merged JUnit XML document described in docs/report-format.md: one {@code
 * <testsuites>} root, one {@code <testsuite>} per {@link #write} call, counts recomputed from the
 * test cases at suite and root level.
 *
 * <pre>{@code
 * try (var writer = MergedReportWriter.open(target, "acme", startedAt, ReportLimits.DEFAULTS)) {
 *   writer.write(suite);
 *   Totals totals = writer.finish();
 * }
 * }</pre>
 *
 * <p>The root start tag carries totals known only at the end, so suites go to a hidden body file
 * next to {@code target}; {@link #finish()} writes the complete document to another hidden file and
 * renames it onto {@code target} (atomically where the file system can). Until then {@code target}
 * is untouched; {@link #close()} without {@code finish()} deletes the temporary files and leaves no
 * target. Only the suite being written is held in memory.
 *
 * <p>All text and attribute values pass through {@link XmlText#sanitize}; captured output and stack
 * traces are capped per {@link ReportLimits}. Not thread-safe.
 */
public final class MergedReportWriter implements AutoCloseable {

  private enum State {
    OPEN,
    FINISHED,
    BROKEN,
    CLOSED
  }

  private final Path target;
  private final String reportName;
  private final Instant timestamp;
  private final Path body;
  private final OutputStream bodyStream;
  private final XMLStreamWriter xml;
  private final SuiteXmlWriter suites;
  private Path document;
  private Totals totals = Totals.ZERO;
  private int nextId;
  private State state = State.OPEN;

  private MergedReportWriter(
      Path target,
      String reportName,
      Instant timestamp,
      ReportLimits limits,
      Path body,
      OutputStream bodyStream,
      XMLStreamWriter xml) {
    this.target = target;
    this.reportName = reportName;
    this.timestamp = timestamp;
    this.body = body;
    this.bodyStream = bodyStream;
    this.xml = xml;
    this.suites = new SuiteXmlWriter(xml, limits, timestamp);
  }

  /**
   * Starts a report that {@link #finish()} will publish at {@code target}. Creates the target's
   * directory if needed.
   *
   * @param reportName the root {@code name}, usually the project name
   * @param timestamp the root {@code timestamp}, also used for suites that have none
   */
  public static MergedReportWriter open(
      Path target, String reportName, Instant timestamp, ReportLimits limits) throws IOException {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(reportName, "reportName");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(limits, "limits");
    Path body = AtomicFiles.tempSibling(target, "body");
    OutputStream stream =
        new BufferedOutputStream(
            Files.newOutputStream(body, StandardOpenOption.CREATE_NEW), 1 << 16);
    return new MergedReportWriter(
        target, reportName, timestamp, limits, body, stream, new ReportXmlWriter(stream));
  }

  /** Appends one {@code <testsuite>}; its {@code id} is the number of suites written before it. */
  public void write(TestSuiteResult suite) throws IOException {
    Objects.requireNonNull(suite, "suite");
    requireOpen();
    try {
      suites.write(suite, nextId);
    } catch (XMLStreamException e) {
      state = State.BROKEN;
      throw failure(target, e);
    } catch (RuntimeException e) {
      state = State.BROKEN;
      throw e;
    }
    totals = totals.plus(suite);
    nextId++;
  }

  /**
   * Completes the document and publishes it at {@code target}, replacing any earlier file.
   *
   * @return the totals written on the root element; {@code timeSeconds} is the sum of suite times
   */
  public Totals finish() throws IOException {
    requireOpen();
    state = State.BROKEN; // until the rename has happened
    try {
      xml.flush();
      xml.close();
      bodyStream.close();
      document = AtomicFiles.tempSibling(target, "xml");
      try (OutputStream out =
          new BufferedOutputStream(
              Files.newOutputStream(document, StandardOpenOption.CREATE_NEW), 1 << 16)) {
        XMLStreamWriter root = new ReportXmlWriter(out);
        root.writeStartDocument("UTF-8", "1.0");
        root.writeCharacters("\n");
        root.writeStartElement("testsuites");
        SuiteXmlWriter.attribute(root, "name", reportName);
        SuiteXmlWriter.counts(root, totals);
        SuiteXmlWriter.attribute(root, "timestamp", XmlText.formatTimestamp(timestamp));
        root.writeCharacters("\n");
        root.flush(); // the start tag is complete; the body follows as raw bytes
        Files.copy(body, out);
        root.writeEndElement();
        root.writeCharacters("\n");
        root.writeEndDocument();
        root.flush();
        root.close();
      }
      AtomicFiles.publish(document, target);
    } catch (XMLStreamException e) {
      throw failure(target, e);
    }
    state = State.FINISHED;
    AtomicFiles.deleteQuietly(body);
    return totals;
  }

  /** Idempotent. Without a successful {@link #finish()}, deletes all temporary files. */
  @Override
  public void close() {
    if (state == State.CLOSED) {
      return;
    }
    if (state != State.FINISHED) {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // Discarding the report anyway.
      }
      try {
        bodyStream.close();
      } catch (IOException e) {
        // Discarding the report anyway.
      }
      AtomicFiles.deleteQuietly(document);
    }
    AtomicFiles.deleteQuietly(body);
    state = State.CLOSED;
  }

  private void requireOpen() {
    if (state != State.OPEN) {
      throw new IllegalStateException(
          "report writer for " + target + " is " + state.name().toLowerCase(Locale.ROOT));
    }
  }

  private static IOException failure(Path target, XMLStreamException e) {
    return new IOException("Cannot write JUnit XML " + target + ": " + e.getMessage(), e);
  }
}
