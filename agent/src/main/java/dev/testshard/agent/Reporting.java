package dev.testshard.agent;

import java.util.Arrays;

/**
 * How the module's Surefire writes its report, where that changes names: read from the selection
 * file ({@link dev.testshard.agent.selection.SurefireSelection}).
 *
 * @param junit4Provider whether JUnit 4 classes skipped or aborted as a whole are reported as
 *     Surefire's junit4 provider reports them (and TestNG tests as its testng provider does), else
 *     as its junit-platform provider does
 * @param classNameSuffix what ends every classname: Surefire's {@code reportNameSuffix} in
 *     parentheses ({@code (default)}), or empty
 * @param testNgParameters whether an invocation of a data-driven TestNG method is named with its
 *     parameters and number ({@code adds[1, 2, 3](1)}), as Surefire's testng provider does since
 *     3.0.0-M5, or by TestNG's name of it alone, as before
 * @param legacyNames whether names are those of a Surefire before 3.0.0-M4 (2.22.x): its
 *     junit-platform provider names every entry by its legacy reporting name with {@code ()}
 *     removed and other parentheses as braces ({@code withInfo{TestInfo}}, {@code values{int}[1]}),
 *     under the class of the nearest class source, and writes one entry for each container that is
 *     skipped, aborted or fails; both its providers name a class's own entry by the class
 * @param invocationNames whether an invocation of a repeated, template or dynamic test without
 *     parameters is named by its legacy reporting name ({@code flat()[1]}), as since 3.5.2, or by
 *     its method alone ({@code flat})
 * @param classDisplayNames whether a class's {@code @DisplayName} is the classname of its tests, as
 *     since 3.5.4, or the class's name is
 * @param ownSourceClassNames whether a test's own class source is its classname, and a test without
 *     a class or method source is under its parent's display name, as before 3.5.3
 * @param signatureNames whether a test whose method has parameters, and whose display name is its
 *     legacy reporting name, is named by the method and its parameter types as Surefire before
 *     3.0.0-M9 wrote them: each type's name after its last dot, joined by a comma alone ({@code
 *     withTwo(TestInfo,TestReporter)}, {@code enums(Outer$Color)})
 * @param skippedAsOne whether a container skipped as a whole is one entry of its own, with an empty
 *     name, and nothing below it: Surefire before 3.0.0-M8; since then a skipped class's children
 *     are its entries
 * @param namedSkippedContainers whether a container that is an entry of a skipped class (a
 *     parameterized or repeated test) is named, as since 3.0.0; before, its name was empty, and a
 *     skipped container other than a class (a disabled parameterized test) was no entry at all
 *     (3.0.0-M8 and M9)
 * @param phrasedMethodNames whether a test case is named by its display name, as the XML reporter
 *     with {@code usePhrasedTestCaseMethodName} (Surefire 3.0.0-M4+) names those of the
 *     junit-platform provider
 * @param parentMethodDisplays whether such a display name starts with the display names of the
 *     method containers above the test, nearest first ({@code values(int)[1] 1}, {@code flat() test
 *     a}), as since 3.0.0-M8; before, it was the test's own display name alone ({@code [1] 1})
 */
record Reporting(
    boolean junit4Provider,
    String classNameSuffix,
    boolean testNgParameters,
    boolean legacyNames,
    boolean invocationNames,
    boolean classDisplayNames,
    boolean ownSourceClassNames,
    boolean signatureNames,
    boolean skippedAsOne,
    boolean namedSkippedContainers,
    boolean phrasedMethodNames,
    boolean parentMethodDisplays) {

  /** Surefire 3.5's defaults, as for a module without a selection file. */
  static final Reporting DEFAULT =
      new Reporting(true, "", true, false, true, true, false, false, false, true, false, true);

  /**
   * @param reportNameSuffix Surefire's {@code reportNameSuffix}, or null
   * @param surefireVersion the version of the module's Surefire (or Failsafe), or null for the
   *     current one
   */
  static Reporting of(boolean junit4Provider, String reportNameSuffix, String surefireVersion) {
    return of(junit4Provider, reportNameSuffix, surefireVersion, false);
  }

  /**
   * @param phrasedMethodNames whether the module's XML reporter has {@code
   *     usePhrasedTestCaseMethodName}, an option since Surefire 3.0.0-M4
   */
  static Reporting of(
      boolean junit4Provider,
      String reportNameSuffix,
      String surefireVersion,
      boolean phrasedMethodNames) {
    return new Reporting(
        junit4Provider,
        reportNameSuffix == null || reportNameSuffix.isEmpty() ? "" : "(" + reportNameSuffix + ")",
        surefireVersion == null || namesTestNgParameters(surefireVersion),
        surefireVersion != null && !atLeast(surefireVersion, "3.0.0-M4"),
        surefireVersion == null || atLeast(surefireVersion, "3.5.2"),
        surefireVersion == null || atLeast(surefireVersion, "3.5.4"),
        surefireVersion != null && !atLeast(surefireVersion, "3.5.3"),
        surefireVersion != null && !atLeast(surefireVersion, "3.0.0-M9"),
        surefireVersion != null && !atLeast(surefireVersion, "3.0.0-M8"),
        surefireVersion == null || atLeast(surefireVersion, "3.0.0"),
        phrasedMethodNames && (surefireVersion == null || atLeast(surefireVersion, "3.0.0-M4")),
        surefireVersion == null || atLeast(surefireVersion, "3.0.0-M8"));
  }

  /** Whether that Surefire's testng provider names an invocation with its parameters: 3.0.0-M5+. */
  static boolean namesTestNgParameters(String version) {
    return atLeast(version, "3.0.0-M5");
  }

  /**
   * Whether {@code version} is {@code minimum} or later, as Surefire's versions are ordered: by
   * major, minor and patch, then a milestone ({@code 3.0.0-M5}) or other pre-release before its
   * release; a snapshot counts as its release.
   */
  static boolean atLeast(String version, String minimum) {
    return Arrays.compare(order(version), order(minimum)) >= 0;
  }

  private static int[] order(String version) {
    String[] parts = version.split("-", 2);
    String[] numbers = parts[0].split("\\.");
    int[] order = new int[4];
    for (int i = 0; i < 3; i++) {
      order[i] = i < numbers.length ? leadingNumber(numbers[i]) : 0;
    }
    String qualifier = parts.length > 1 ? parts[1] : "";
    if (qualifier.isEmpty() || qualifier.equals("SNAPSHOT")) {
      order[3] = Integer.MAX_VALUE;
    } else if (qualifier.matches("M\\d+.*")) {
      order[3] = leadingNumber(qualifier.substring(1));
    }
    return order;
  }

  private static int leadingNumber(String text) {
    int end = 0;
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    return end == 0 ? 0 : Integer.parseInt(text.substring(0, Math.min(end, 9)));
  }
}
