package dev.testshard.agent;

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
 */
record Reporting(
    boolean junit4Provider,
    String classNameSuffix,
    boolean testNgParameters,
    boolean legacyNames,
    boolean invocationNames,
    boolean classDisplayNames,
    boolean ownSourceClassNames) {

  /** Surefire 3.5's defaults, as for a module without a selection file. */
  static final Reporting DEFAULT = new Reporting(true, "", true, false, true, true, false);

  /**
   * @param reportNameSuffix Surefire's {@code reportNameSuffix}, or null
   * @param surefireVersion the version of the module's Surefire (or Failsafe), or null for the
   *     current one
   */
  static Reporting of(boolean junit4Provider, String reportNameSuffix, String surefireVersion) {
    return new Reporting(
        junit4Provider,
        reportNameSuffix == null || reportNameSuffix.isEmpty() ? "" : "(" + reportNameSuffix + ")",
        surefireVersion == null || namesTestNgParameters(surefireVersion),
        surefireVersion != null && !atLeastMilestone(surefireVersion, 4),
        surefireVersion == null || atLeast(surefireVersion, 3, 5, 2),
        surefireVersion == null || atLeast(surefireVersion, 3, 5, 4),
        surefireVersion != null && !atLeast(surefireVersion, 3, 5, 3));
  }

  /**
   * Whether {@code version} is {@code major.minor.patch} or later; a milestone or other qualifier
   * of that very version is earlier.
   */
  static boolean atLeast(String version, int major, int minor, int patch) {
    String[] parts = version.split("[.-]", 4);
    int[] numbers = new int[3];
    for (int i = 0; i < 3; i++) {
      numbers[i] = i < parts.length ? leadingNumber(parts[i]) : 0;
    }
    int[] wanted = {major, minor, patch};
    for (int i = 0; i < 3; i++) {
      if (numbers[i] != wanted[i]) {
        return numbers[i] > wanted[i];
      }
    }
    boolean qualified = parts.length > 3 || (parts.length == 3 && !parts[2].matches("\\d+"));
    return !qualified || version.endsWith("-SNAPSHOT");
  }

  /** Whether that Surefire's testng provider names an invocation with its parameters: 3.0.0-M5+. */
  static boolean namesTestNgParameters(String version) {
    return atLeastMilestone(version, 5);
  }

  /** Whether {@code version} is 3.0.0-M{@code milestone} or later. */
  private static boolean atLeastMilestone(String version, int milestone) {
    String[] parts = version.split("[.-]");
    int major = leadingNumber(parts[0]);
    if (major != 3) {
      return major > 3;
    }
    if (!version.startsWith("3.0.0-M")) {
      return true;
    }
    return leadingNumber(version.substring("3.0.0-M".length())) >= milestone;
  }

  private static int leadingNumber(String text) {
    int end = 0;
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    return end == 0 ? 0 : Integer.parseInt(text.substring(0, Math.min(end, 9)));
  }
}
