package dev.testshard.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Merges JUnit XML files (see {@link JUnitXmlReader} for what it reads) into one merged report with
 * exactly one {@code <testsuite>} per top-level class, even when a class's tests are spread over
 * several input suites or files, in the order the classes are first seen.
 *
 * <p>Streaming, in two passes: an index pass records where each class appears; the write pass then
 * writes a class found in one place as soon as it is read, and a class found in several places when
 * its first part is reached, by re-reading just the files that hold it. At most one class's test
 * cases (plus the part being read) are in memory. Duplicate test cases (same classname and name in
 * two inputs) are all kept: retries are collapsed by {@link AttemptMerger}, before the shard
 * reports are written. Reruns already recorded on a test case ({@code <flakyFailure>} and its kin)
 * are carried over as they are. How parts are joined: see {@link SuiteJoiner}.
 */
public final class ReportMerger {

  private ReportMerger() {}

  /**
   * Writes the merged report to {@code target} through a {@link MergedReportWriter}; on any
   * exception no target is written (an earlier file stays as it was).
   *
   * @return the totals of the written report
   * @throws IOException when an input cannot be read or the target cannot be written
   * @throws ReportFormatException when an input is not well-formed JUnit XML
   */
  public static Totals merge(
      List<Path> inputs, Path target, String reportName, Instant timestamp, ReportLimits limits)
      throws IOException {
    return merge(
        inputs, Collections.nCopies(inputs.size(), ""), target, reportName, timestamp, limits);
  }

  /**
   * As {@link #merge(List, Path, String, Instant, ReportLimits)}, but a class joins only the parts
   * of inputs of the same scope: {@code scopes.get(i)} is the scope of {@code inputs.get(i)}, such
   * as the module whose tests it holds, so that the same class name in two modules stays two
   * suites, as Maven Surefire's two report files have it.
   */
  public static Totals merge(
      List<Path> inputs,
      List<String> scopes,
      Path target,
      String reportName,
      Instant timestamp,
      ReportLimits limits)
      throws IOException {
    List<Path> files = List.copyOf(inputs);
    if (scopes.size() != files.size()) {
      throw new IllegalArgumentException("one scope per input");
    }
    List<String> fileScopes = List.copyOf(scopes);
    Map<String, Places> index = index(files, fileScopes);
    try (MergedReportWriter writer =
        MergedReportWriter.open(target, reportName, timestamp, limits)) {
      for (int fileIndex = 0; fileIndex < files.size(); fileIndex++) {
        int currentFile = fileIndex;
        int[] part = {0};
        read(
            files.get(fileIndex),
            suite -> {
              Places places = index.get(key(fileScopes.get(currentFile), suite.name()));
              int currentPart = part[0]++;
              if (places == null || places.parts == 1) { // null: the file changed since indexing
                write(writer, suite);
              } else if (places.firstFile == currentFile && places.firstPart == currentPart) {
                write(writer, collect(files, suite.name(), places));
              } // else: a later part of a class already written whole
            });
      }
      return writer.finish();
    }
  }

  /** Where one class appears: how many parts, the first one, and the files (ascending). */
  private static final class Places {
    final int firstFile;
    final int firstPart;
    final List<Integer> files = new ArrayList<>();
    int parts;

    Places(int firstFile, int firstPart) {
      this.firstFile = firstFile;
      this.firstPart = firstPart;
    }
  }

  private static String key(String scope, String className) {
    return scope + "\n" + className;
  }

  private static Map<String, Places> index(List<Path> files, List<String> scopes)
      throws IOException {
    Map<String, Places> index = new HashMap<>();
    for (int fileIndex = 0; fileIndex < files.size(); fileIndex++) {
      int currentFile = fileIndex;
      int[] part = {0};
      read(
          files.get(fileIndex),
          suite -> {
            Places places =
                index.computeIfAbsent(
                    key(scopes.get(currentFile), suite.name()),
                    name -> new Places(currentFile, part[0]));
            places.parts++;
            if (places.files.isEmpty()
                || places.files.get(places.files.size() - 1) != currentFile) {
              places.files.add(currentFile);
            }
            part[0]++;
          });
    }
    return index;
  }

  private static TestSuiteResult collect(List<Path> files, String className, Places places) {
    List<TestSuiteResult> parts = new ArrayList<>(places.parts);
    for (int fileIndex : places.files) {
      try {
        JUnitXmlReader.read(
            files.get(fileIndex),
            suite -> {
              if (suite.name().equals(className)) {
                parts.add(suite);
              }
            });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return SuiteJoiner.join(className, parts);
  }

  /** Reads with a sink that may throw {@link UncheckedIOException}, unwrapping it. */
  private static void read(Path file, Consumer<TestSuiteResult> sink) throws IOException {
    try {
      JUnitXmlReader.read(file, sink);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void write(MergedReportWriter writer, TestSuiteResult suite) {
    try {
      writer.write(suite);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
