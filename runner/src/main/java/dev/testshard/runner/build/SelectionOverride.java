package dev.testshard.runner.build;

import dev.testshard.agent.selection.TestPatterns;
import java.util.ArrayList;
import java.util.List;

/**
 * Test selection given on testshard's command line, replacing the modules' own as Surefire's user
 * properties do: {@code test} is {@code -Dtest} (it replaces every execution's includes and
 * excludes, and makes the execution one of "specific tests"), {@code groups} and {@code
 * excludedGroups} are {@code -Dgroups} and {@code -DexcludedGroups}. Null fields keep the module's
 * setting. Immutable.
 *
 * @param test Surefire test patterns, comma-separated ({@code Cart}, {@code Cart#adds}, {@code
 *     com/acme/**}{@code /*IT}, {@code !Slow*}), or null
 * @param groups JUnit Platform tag expression(s), comma-separated, or null
 * @param excludedGroups likewise, of the tests not to run, or null
 */
public record SelectionOverride(String test, String groups, String excludedGroups) {

  /** Nothing given: every module keeps its own selection. */
  public static final SelectionOverride NONE = new SelectionOverride(null, null, null);

  /**
   * Validates the values as Surefire would read them.
   *
   * @throws IllegalArgumentException naming the option and the problem, for a pattern Surefire
   *     refuses or a value that selects nothing
   */
  public SelectionOverride {
    if (test != null) {
      if (patterns(test).isEmpty()) {
        throw new IllegalArgumentException("--test: names no test: '" + test + "'");
      }
      try {
        TestPatterns.of(patterns(test), List.of());
      } catch (IllegalArgumentException e) {
        // One line: a regular expression's message carries the pattern and a caret below it.
        String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        throw new IllegalArgumentException(
            "--test: not a valid pattern: '" + test.strip() + "' (" + reason + ")", e);
      }
    }
    TagExpressions.check("--groups", groups);
    TagExpressions.check("--exclude-groups", excludedGroups);
  }

  public boolean isEmpty() {
    return test == null && groups == null && excludedGroups == null;
  }

  /** The build with every module's selection replaced where this override says. */
  public ProjectBuild applyTo(ProjectBuild build) {
    if (isEmpty()) {
      return build;
    }
    List<TestModule> modules = new ArrayList<>();
    for (TestModule module : build.modules()) {
      modules.add(
          new TestModule(
              module.id(),
              module.directory(),
              module.testRoots(),
              module.classpath(),
              applyTo(module.settings())));
    }
    return new ProjectBuild(build.projectDir(), modules, build.notes());
  }

  /** The settings with their selection lines (docs/protocol.md) replaced where this says. */
  public TestSettings applyTo(TestSettings settings) {
    List<String> selection = new ArrayList<>();
    for (String line : settings.selection()) {
      String key = line.split("\\s", 2)[0];
      boolean replaced =
          switch (key) {
            case "include", "exclude", "specific-tests" -> test != null;
            case "groups" -> groups != null;
            case "excluded-groups" -> excludedGroups != null;
            default -> false;
          };
      if (!replaced) {
        selection.add(line);
      }
    }
    if (test != null) {
      // Surefire's -Dtest: its patterns are the includes, nothing is excluded (but by a '!').
      patterns(test).forEach(pattern -> selection.add("include " + pattern));
      selection.add("specific-tests true");
    }
    if (groups != null) {
      selection.add("groups " + groups.strip());
    }
    if (excludedGroups != null) {
      selection.add("excluded-groups " + excludedGroups.strip());
    }
    return new TestSettings(
        settings.execution(),
        settings.jvmArgs(),
        settings.systemProperties(),
        settings.environment(),
        settings.workingDirectory(),
        selection,
        settings.warnings(),
        settings.localRepository(),
        settings.rerunFailing(),
        settings.skipAfterFailure());
  }

  /** Surefire splits {@code test} at commas, trims, and drops blank entries. */
  static List<String> patterns(String test) {
    List<String> patterns = new ArrayList<>();
    for (String token : test.split(",")) {
      if (!token.isBlank()) {
        patterns.add(token.strip());
      }
    }
    return patterns;
  }
}
