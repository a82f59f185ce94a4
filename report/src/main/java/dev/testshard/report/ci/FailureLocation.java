package dev.testshard.report.ci;

import dev.testshard.report.JUnitXmlReader;
import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failed or errored test with where it failed, for CI annotations and job summaries.
 *
 * @param className the test case's {@code classname}
 * @param name the test's name (empty for a class that failed as a whole)
 * @param error true for an error, false for a failed assertion
 * @param message the failure message, or empty
 * @param file the repository-relative source file of its top-level class, or null when unknown
 * @param line the line of the first stack frame in that class, or 0 when unknown
 */
public record FailureLocation(
    String className, String name, boolean error, String message, String file, int line) {

  private static final Pattern FRAME =
      Pattern.compile("^\\s*at (?:[\\w.$/@-]+/)?([\\w.$]+)\\.[\\w$<>]+\\(([^:()]+):(\\d+)\\)");

  public FailureLocation {
    message = message == null ? "" : message;
  }

  /** The failures of the merged report, in document order, at most {@code limit} of them. */
  public static List<FailureLocation> read(Path mergedXml, int limit) throws IOException {
    List<FailureLocation> failures = new ArrayList<>();
    JUnitXmlReader.read(
        mergedXml,
        suite -> {
          for (TestCaseResult testCase : suite.testCases()) {
            if (failures.size() < limit
                && (testCase.outcome() == Outcome.FAILED || testCase.outcome() == Outcome.ERROR)) {
              failures.add(of(suite, testCase));
            }
          }
        });
    return failures;
  }

  /** The failure of a test case that failed or errored. */
  public static FailureLocation of(TestSuiteResult suite, TestCaseResult testCase) {
    String message = testCase.problem() == null ? null : testCase.problem().message();
    String stack = testCase.problem() == null ? null : testCase.problem().stackTrace();
    return new FailureLocation(
        testCase.className(),
        testCase.name(),
        testCase.outcome() == Outcome.ERROR,
        message,
        suite.file(),
        lineIn(stack, suite.name(), suite.file()));
  }

  /**
   * The line of the first frame of {@code topLevelClass} or a class nested in it, in {@code file}
   * (by its name) when that is known; 0 when there is none.
   */
  static int lineIn(String stackTrace, String topLevelClass, String file) {
    if (stackTrace == null) {
      return 0;
    }
    String fileName = file == null ? null : file.substring(file.lastIndexOf('/') + 1);
    for (String frame : stackTrace.split("\n")) {
      Matcher matcher = FRAME.matcher(frame);
      if (!matcher.find()) {
        continue;
      }
      String frameClass = matcher.group(1);
      boolean ours = frameClass.equals(topLevelClass) || frameClass.startsWith(topLevelClass + "$");
      if (ours && (fileName == null || fileName.equals(matcher.group(2)))) {
        return Integer.parseInt(matcher.group(3));
      }
    }
    return 0;
  }

  /** {@code Class.test}, or the class alone for a class that failed as a whole. */
  public String testName() {
    return name.isEmpty() ? className : className + "." + name;
  }
}
