package dev.testshard.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * The include and exclude patterns of the tests Surefire runs. Surefire scans the test classes with
 * its {@code getIncludedScanList()} and {@code getExcludedScanList()} (Surefire 3.x {@code
 * AbstractSurefireMojo}): {@code test} ({@code -Dtest=...}) replaces everything and excludes
 * nothing; otherwise {@code includes} then the lines of {@code includesFile}, or the plugin's
 * defaults when both are empty, and likewise for the excludes with the default {@code **}{@code
 * /*$*}. Entries are then trimmed and blank ones dropped. Its providers then filter the tests once
 * more by {@code includesFile} and {@code excludesFile} alone when these have a method pattern
 * ({@code #}): only {@code includesFile}'s classes run then, so the includes are its lines.
 *
 * @param specificTests whether {@code test} is set (then {@code failIfNoSpecifiedTests} applies)
 */
record TestSelection(List<String> includes, List<String> excludes, boolean specificTests) {
  TestSelection {
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
  }

  static TestSelection of(
      String test,
      List<String> includes,
      List<String> includesFileLines,
      List<String> excludes,
      List<String> excludesFileLines,
      List<String> defaultIncludes) {
    if (test != null && !test.isBlank()) {
      List<String> tests = new ArrayList<>();
      for (String token : test.split(",")) {
        tests.add(token);
      }
      return new TestSelection(trimmed(tests), List.of(), true);
    }
    // The defaults apply when the lists are empty before blank entries are dropped, as in Surefire.
    boolean filesFilterMethods =
        concat(includesFileLines, excludesFileLines).stream().anyMatch(line -> line.contains("#"));
    List<String> in =
        filesFilterMethods && !includesFileLines.isEmpty()
            ? includesFileLines
            : concat(includes, includesFileLines);
    List<String> out = concat(excludes, excludesFileLines);
    return new TestSelection(
        trimmed(in.isEmpty() ? defaultIncludes : in),
        trimmed(out.isEmpty() ? TestPlugin.DEFAULT_EXCLUDES : out),
        false);
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /** Surefire's {@code filterNulls}: trims, drops null and blank entries. */
  private static List<String> trimmed(List<String> patterns) {
    List<String> result = new ArrayList<>();
    for (String pattern : patterns) {
      if (pattern != null && !pattern.trim().isEmpty()) {
        result.add(pattern.trim());
      }
    }
    return result;
  }
}
