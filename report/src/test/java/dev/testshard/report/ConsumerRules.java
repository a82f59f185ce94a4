package dev.testshard.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * How the CI tools that read the merged report read it: each method is one rule of one consumer's
 * parser, as that parser applies it (read from their sources).
 *
 * <ul>
 *   <li>Jenkins junit-plugin ({@code SuiteResult}, {@code CaseResult}, {@code TimeToFloat})
 *   <li>GitLab ({@code lib/gitlab/ci/parsers/test/junit.rb})
 *   <li>dorny/test-reporter ({@code src/parsers/java-junit/java-junit-parser.ts})
 *   <li>EnricoMi/publish-unit-test-result-action ({@code python/publish/junit.py} on junitparser
 *       and lxml)
 *   <li>mikepenz/action-junit-report ({@code src/testParser.ts})
 * </ul>
 */
final class ConsumerRules {

  private static final Pattern JS_FLOAT_PREFIX =
      Pattern.compile("^\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern PYTHON_FLOAT =
      Pattern.compile("\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?\\s*");

  /**
   * lxml's limit for one text node without {@code huge_tree}, which EnricoMi's action only sets
   * with its {@code large_files} option: 10 MB.
   */
  static final int LXML_TEXT_LIMIT_BYTES = 10_000_000;

  private ConsumerRules() {}

  /**
   * Jenkins {@code TimeToFloat}: removes every {@code ','}, then {@code Float.parseFloat}; 0 when
   * unreadable. So {@code "0,5"} reads as 5 and {@code "1,234.5"} as 1234.5.
   */
  static double jenkinsSeconds(String time) {
    if (time == null) {
      return 0;
    }
    try {
      return Float.parseFloat(time.replace(",", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * JavaScript's {@code parseFloat}, used by dorny/test-reporter and for mikepenz's durations: the
   * longest leading decimal number, NaN when there is none. So {@code "1,234.5"} reads as 1.
   */
  static double javaScriptSeconds(String time) {
    Matcher matcher = JS_FLOAT_PREFIX.matcher(time == null ? "" : time);
    return matcher.find() ? Double.parseDouble(matcher.group().strip()) : Double.NaN;
  }

  /**
   * Python's {@code float()}, junitparser's {@code FloatAttr} (EnricoMi): the whole value must be a
   * number, else the file fails to parse.
   *
   * @throws NumberFormatException as Python raises ValueError
   */
  static double pythonSeconds(String time) {
    if (time == null || !PYTHON_FLOAT.matcher(time).matches()) {
      throw new NumberFormatException("float() cannot read: " + time);
    }
    return Double.parseDouble(time.strip());
  }

  /**
   * GitLab: the status comes from which child element is present, checked in this order: {@code
   * failure}, {@code error}, {@code skipped}; anything else (e.g. {@code flakyFailure}) is success.
   */
  static String gitlabStatus(Element testcase) {
    if (hasChild(testcase, "failure")) {
      return "failed";
    }
    if (hasChild(testcase, "error")) {
      return "error";
    }
    return hasChild(testcase, "skipped") ? "skipped" : "success";
  }

  /**
   * dorny/test-reporter and mikepenz: {@code failure} or {@code error} present is a failed test,
   * else {@code skipped} present is skipped, else success.
   */
  static String dornyResult(Element testcase) {
    if (hasChild(testcase, "failure") || hasChild(testcase, "error")) {
      return "failed";
    }
    return hasChild(testcase, "skipped") ? "skipped" : "success";
  }

  private static boolean hasChild(Element parent, String name) {
    return !MergedReportWriterTest.children(parent, name).isEmpty();
  }
}
