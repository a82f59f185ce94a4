package dev.testshard.runner.history;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.testshard.report.AtomicFiles;
import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tests that failed or ended in an error in the last run, for {@code --failed-first} and {@code
 * --only-failed}: file {@code PROJECT/.testshard/failed.json} (format {@value #FORMAT}), rewritten
 * after every run that writes a report. Flaky tests (passed on a re-run) are not in it; tests of
 * lost work are (they did not pass).
 *
 * @param format always {@value #FORMAT}
 * @param runId the run that wrote it
 * @param classes the top-level classes with failed tests, in report order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LastFailures(String format, String runId, List<FailedClass> classes) {

  public static final String FORMAT = "testshard-failed/1";
  public static final String FILE_NAME = "failed.json";

  /** Where a project's last failures are kept: {@code .testshard/failed.json}. */
  public static Path fileIn(Path projectDir) {
    return projectDir.resolve(".testshard").resolve(FILE_NAME);
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  // A test name Surefire's method filter can match: a Java method name, before "(" or "[".
  private static final Pattern METHOD = Pattern.compile("\\p{javaJavaIdentifierStart}[\\w$]*");

  /**
   * One class with failed tests.
   *
   * @param name fully qualified name of the top-level class
   * @param tests the failed tests' names as the report has them ({@code adds}, {@code
   *     adds(int)[2]}, {@code initializationError})
   */
  public record FailedClass(String name, List<String> tests) {
    public FailedClass {
      Objects.requireNonNull(name, "name");
      tests = List.copyOf(tests);
    }
  }

  public LastFailures {
    classes = classes == null ? List.of() : List.copyOf(classes);
  }

  /** The failures among a run's merged suites. */
  public static LastFailures of(String runId, List<TestSuiteResult> suites) {
    List<FailedClass> failed = new ArrayList<>();
    for (TestSuiteResult suite : suites) {
      List<String> tests = new ArrayList<>();
      for (TestCaseResult test : suite.testCases()) {
        boolean failedOrError = test.outcome() == Outcome.FAILED || test.outcome() == Outcome.ERROR;
        if (failedOrError && !tests.contains(test.name())) {
          tests.add(test.name());
        }
      }
      if (!tests.isEmpty()) {
        failed.add(new FailedClass(suite.name(), tests));
      }
    }
    return new LastFailures(FORMAT, runId, failed);
  }

  @JsonIgnore
  public boolean isEmpty() {
    return classes.isEmpty();
  }

  /** The names of the classes with failed tests. */
  @JsonIgnore
  public Set<String> classNames() {
    Set<String> names = new LinkedHashSet<>();
    classes.forEach(c -> names.add(c.name()));
    return names;
  }

  /**
   * The failed tests as Surefire {@code -Dtest} patterns: {@code com.acme.Cart#adds+removes}. A
   * class whose failed tests are not all methods by name (a class-level error such as {@code
   * initializationError} has no method of that name; a dynamic test has none) is re-run whole.
   * Parameterized invocations ({@code adds(int)[2]}) select their method, so all its invocations
   * run again, as Surefire's {@code -Dtest=Cart#adds} would.
   */
  @JsonIgnore
  public String testPatterns() {
    List<String> patterns = new ArrayList<>();
    for (FailedClass failed : classes) {
      Set<String> methods = new LinkedHashSet<>();
      boolean wholeClass = false;
      for (String test : failed.tests()) {
        String method = test.split("[(\\[]", 2)[0].strip();
        if (!METHOD.matcher(method).matches() || method.equals("initializationError")) {
          wholeClass = true;
        }
        methods.add(method);
      }
      patterns.add(wholeClass ? failed.name() : failed.name() + "#" + String.join("+", methods));
    }
    return String.join(",", patterns);
  }

  /**
   * Reads the record, or null when there is none (no run wrote one yet).
   *
   * @throws IOException when the file is there but cannot be read or is not this format
   */
  public static LastFailures read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    LastFailures read;
    try {
      read = JSON.readValue(file.toFile(), LastFailures.class);
    } catch (JsonProcessingException e) {
      throw new IOException("not a " + FORMAT + " file: " + e.getOriginalMessage(), e);
    }
    if (!FORMAT.equals(read.format())) {
      throw new IOException("format is " + read.format() + ", expected " + FORMAT);
    }
    return read;
  }

  /** Writes the record under a temporary name and renames it, so that readers see all or none. */
  public void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path temp = AtomicFiles.tempSibling(file, "failed");
    try {
      Files.write(temp, JSON.writeValueAsString(this).getBytes(StandardCharsets.UTF_8));
      AtomicFiles.publish(temp, file);
    } finally {
      AtomicFiles.deleteQuietly(temp);
    }
  }
}
