package dev.testshard.agent.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Surefire's decisions on include and exclude patterns, row by row. Each row names where Surefire
 * (3.5.4) decides it: its {@code TestListResolver} and {@code ResolvedTest} (surefire-api, package
 * {@code org.apache.maven.surefire.api.testset}), maven-shared-utils {@code SelectorUtils} and
 * {@code MatchPatterns}, {@code AbstractSurefireMojo} (maven-surefire-common), or the plugin's page
 * "Running a Single Test" (single-test.apt.vm). A null method asks about a class as a whole
 * (Surefire's directory scan); a method asks what its {@code TestMethodFilter} decides.
 */
class TestPatternsTest {

  private static final List<String> DEFAULT_INCLUDES =
      List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java");
  private static final List<String> DEFAULT_EXCLUDES = List.of("**/*$*");

  record Row(
      String source,
      List<String> includes,
      List<String> excludes,
      String classFile,
      String method,
      boolean runs) {

    @Override
    public String toString() {
      return includes
          + (excludes.isEmpty() ? "" : " !" + excludes)
          + " on "
          + classFile
          + (method == null ? "" : "#" + method)
          + " -> "
          + (runs ? "runs" : "does not run")
          + "  ("
          + source
          + ")";
    }
  }

  private static Row row(String source, String include, String classFile, boolean runs) {
    return new Row(source, List.of(include), List.of(), classFile, null, runs);
  }

  private static Row method(
      String source, String include, String classFile, String method, boolean runs) {
    return new Row(source, List.of(include), List.of(), classFile, method, runs);
  }

  static Stream<Row> rows() {
    return Stream.of(
        // Class patterns on class file paths.
        row(
            "ResolvedTest.convertToPath: .java becomes .class",
            "**/*Test.java",
            "com/acme/FooTest.class",
            true),
        row(
            "SelectorUtils.match: the name must match as a whole",
            "**/*Test.java",
            "com/acme/TestUtil.class",
            false),
        new Row(
            "AbstractSurefireMojo.getDefaultIncludes/getDefaultExcludes: nested classes out",
            DEFAULT_INCLUDES,
            DEFAULT_EXCLUDES,
            "com/acme/FooTest$Inner.class",
            null,
            false),
        new Row(
            "AbstractSurefireMojo defaults: Test* prefix",
            DEFAULT_INCLUDES,
            DEFAULT_EXCLUDES,
            "com/acme/TestFoo.class",
            null,
            true),
        new Row(
            "AbstractSurefireMojo defaults: *TestCase",
            DEFAULT_INCLUDES,
            DEFAULT_EXCLUDES,
            "com/acme/FooTestCase.class",
            null,
            true),
        row("SelectorUtils.match: '*' takes '$' too", "**/Foo*", "com/acme/Foo$Inner.class", true),
        row(
            "SelectorUtils.match: '*' takes the rest of the name",
            "**/Foo*",
            "com/acme/FooBar.class",
            true),
        row(
            "SelectorUtils.matchAntPathPattern: '**' spans directories",
            "com/acme/**/*IT",
            "com/acme/a/b/FooIT.class",
            true),
        row(
            "SelectorUtils.matchAntPathPattern: '**' may span none",
            "com/acme/**/*IT",
            "com/acme/FooIT.class",
            true),
        row(
            "ResolvedTest.reformatClassPattern: '**/' goes in front",
            "com/acme/**/*IT",
            "x/com/acme/FooIT.class",
            true),
        row(
            "SelectorUtils.matchAntPathPattern: directories must match",
            "com/acme/**/*IT",
            "org/acme/FooIT.class",
            false),
        row(
            "ResolvedTest.reformatClassPattern: plain Foo is **/Foo",
            "Foo",
            "com/acme/Foo.class",
            true),
        row(
            "ResolvedTest.ClassMatcher: Foo is not FooTest",
            "Foo",
            "com/acme/FooTest.class",
            false),
        row(
            "ResolvedTest.ClassMatcher: Foo is not its nested class",
            "Foo",
            "com/acme/Foo$Inner.class",
            false),
        row(
            "ResolvedTest.fromFullyQualifiedClass: dotted name",
            "com.acme.Foo",
            "com/acme/Foo.class",
            true),
        row(
            "ResolvedTest.fromFullyQualifiedClass: dotted name, other package",
            "com.acme.Foo",
            "org/acme/Foo.class",
            false),
        row(
            "ResolvedTest.fromFullyQualifiedClass: dotted name with .class",
            "com.acme.Foo.class",
            "com/acme/Foo.class",
            true),
        row(
            "ResolvedTest.fromFullyQualifiedClass: Foo.* is Foo with any extension",
            "Foo.*",
            "com/acme/Foo.class",
            true),
        row(
            "ResolvedTest.fromFullyQualifiedClass: com.acme.* becomes com/acme.*, no package",
            "com.acme.*",
            "com/acme/Foo.class",
            false),
        row("single-test.apt.vm: '?' is one character", "?ooTest", "com/acme/FooTest.class", true),
        row(
            "single-test.apt.vm: '?' is exactly one character",
            "?ooTest",
            "com/acme/FoooTest.class",
            false),
        row(
            "MatchPatterns.matches(name, true): case-sensitive",
            "footest",
            "com/acme/FooTest.class",
            false),
        row(
            "ResolvedTest.ClassMatcher: a regex matches the whole class file path",
            "%regex[.*Foo.*]",
            "com/acme/FooTest.class",
            true),
        row(
            "single-test.apt.vm: 'The regex supports .class file extension only'",
            "%regex[com.acme.FooTest]",
            "com/acme/FooTest.class",
            false),
        row(
            "single-test.apt.vm: regex on the path with .class",
            "%regex[com/acme/Foo.*\\.class]",
            "com/acme/FooTest.class",
            true),
        row(
            "TestListResolver(Collection): comma-separated list",
            "Foo, Bar",
            "com/acme/Bar.class",
            true),
        row(
            "TestListResolver.resolveTestRequest: '!' excludes within -Dtest",
            "**/*Test, !FooTest",
            "com/acme/FooTest.class",
            false),
        row(
            "TestListResolver.resolveTestRequest: '!' leaves the others",
            "**/*Test, !FooTest",
            "com/acme/BarTest.class",
            true),
        row(
            "TestListResolver.shouldRun: only exclusions, everything else runs",
            "!FooTest",
            "com/acme/BarTest.class",
            true),
        row(
            "ResolvedTest.matchAsInclusive: method part ignored for a class",
            "Foo#bar",
            "com/acme/Foo.class",
            true),
        row(
            "ResolvedTest.matchAsInclusive: the class part still counts",
            "Foo#bar",
            "com/acme/Baz.class",
            false),
        row(
            "TestListResolverTest.testClassFilter: #method takes every class",
            "#bar*",
            "com/acme/Baz.class",
            true),
        row(
            "TestListResolverTest.testClassFilter: !#method drops no class",
            "!#bar",
            "com/acme/Baz.class",
            true),
        row(
            "ResolvedTest.canMatchExclusive: !Foo#bar drops no class",
            "!Foo#bar",
            "com/acme/Foo.class",
            true),
        row(
            "TestListResolver.nonRegexClassAndMethods: Foo# adds no pattern at all",
            "Foo#",
            "com/acme/Baz.class",
            true),
        // Method patterns (TestMethodFilter: the method source's class file and method name).
        method("single-test.apt.vm: Class#method", "Foo#bar", "com/acme/Foo.class", "bar", true),
        method(
            "single-test.apt.vm: other methods do not run",
            "Foo#bar",
            "com/acme/Foo.class",
            "baz",
            false),
        method(
            "ResolvedTest.ClassMatcher: a @Nested class is matched by its own name",
            "Foo#bar",
            "com/acme/Foo$Inner.class",
            "bar",
            false),
        method(
            "ResolvedTest.ClassMatcher: Foo* reaches the nested class",
            "Foo*#bar",
            "com/acme/Foo$Inner.class",
            "bar",
            true),
        method(
            "ResolvedTest.ClassMatcher: Foo$Inner names the nested class",
            "Foo$Inner#bar",
            "com/acme/Foo$Inner.class",
            "bar",
            true),
        method(
            "single-test.apt.vm: method wildcards",
            "Foo#bar*",
            "com/acme/Foo.class",
            "barBaz",
            true),
        method(
            "SelectorUtils.matchPath: the name must match as a whole",
            "Foo#bar*",
            "com/acme/Foo.class",
            "xbar",
            false),
        method(
            "single-test.apt.vm: several methods with '+'",
            "Foo#bar+baz",
            "com/acme/Foo.class",
            "baz",
            true),
        method(
            "single-test.apt.vm: only the methods named",
            "Foo#bar+baz",
            "com/acme/Foo.class",
            "qux",
            false),
        method(
            "SelectorUtils.match: '?' is one character",
            "Foo#test?",
            "com/acme/Foo.class",
            "test1",
            true),
        method(
            "SelectorUtils.match: '?' is not two",
            "Foo#test?",
            "com/acme/Foo.class",
            "test12",
            false),
        method(
            "single-test.apt.vm: #method in any class", "#bar", "com/acme/Baz.class", "bar", true),
        method(
            "single-test.apt.vm: %regex[#...] on method names",
            "%regex[#bar.*|baz]", "com/acme/Foo.class", "baz", true),
        method(
            "ResolvedTest.MethodMatcher: the regex matches the whole name",
            "%regex[#bar.*|baz]",
            "com/acme/Foo.class",
            "qux",
            false),
        method(
            "single-test.apt.vm: %regex[class#method]",
            "%regex[.*Foo.class#bar]", "com/acme/Foo.class", "bar", true),
        method(
            "single-test.apt.vm: %regex[class#method], other method",
            "%regex[.*Foo.class#bar]", "com/acme/Foo.class", "baz", false),
        method(
            "ResolvedTest.matchAsExclusive: !Foo#bar drops that method",
            "!Foo#bar",
            "com/acme/Foo.class",
            "bar",
            false),
        method(
            "ResolvedTest.matchAsExclusive: !Foo#bar keeps the others",
            "!Foo#bar",
            "com/acme/Foo.class",
            "baz",
            true),
        method(
            "single-test.apt.vm: !#*Slow*", "!#*Slow*", "com/acme/Foo.class", "isSlowTest", false),
        method(
            "ResolvedTest.canMatchExclusiveAll: !Foo drops its methods",
            "**/*, !Foo",
            "com/acme/Foo.class",
            "bar",
            false),
        method(
            "single-test.apt.vm: the JUnit 4 provider names a Parameterized method test[index]",
            "Foo#test",
            "com/acme/Foo.class",
            "test[0]",
            false),
        method(
            "single-test.apt.vm: ... so the pattern becomes #test[*]",
            "Foo#test[*]",
            "com/acme/Foo.class",
            "test[0]",
            true));
  }

  static Stream<Arguments> cases() {
    return rows().map(row -> Arguments.of(row.toString(), row));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decidesAsSurefire(String description, Row row) {
    TestPatterns patterns = TestPatterns.of(row.includes(), row.excludes());

    assertThat(patterns.shouldRun(row.classFile(), row.method())).isEqualTo(row.runs());
  }

  @Test
  void appliesExcludeEntriesToEveryPatternOfTheirList() {
    // TestListResolver.mergeIncludedAndExcludedTests: "a, b" as excludes is "!a, !b".
    TestPatterns patterns = TestPatterns.of(List.of("**/*Test"), List.of("FooTest, BarTest"));

    assertThat(patterns.shouldRun("com/acme/BarTest.class", null)).isFalse();
    assertThat(patterns.shouldRun("com/acme/BazTest.class", null)).isTrue();
  }

  @Test
  void letsEverythingRunWithoutPatterns() {
    // TestListResolver.shouldRun: an empty resolver runs everything.
    TestPatterns patterns = TestPatterns.of(List.of(), List.of());

    assertThat(patterns.shouldRun("com/acme/Foo$1.class", null)).isTrue();
    assertThat(patterns.shouldRun("com/acme/Foo.class", "any")).isTrue();
  }

  @Test
  void filtersMethodsOnlyWhenAPatternNamesOne() {
    // JUnitPlatformProvider.newFilters: optionallyWildcardFilter, no TestMethodFilter otherwise.
    assertThat(TestPatterns.of(List.of("**/*Test"), List.of("**/*$*")).hasMethodPatterns())
        .isFalse();
    assertThat(TestPatterns.of(List.of("**/*Test"), List.of("Foo#bar")).hasMethodPatterns())
        .isTrue();
    assertThat(TestPatterns.of(List.of("%regex[#bar]"), List.of()).hasMethodPatterns()).isTrue();
  }

  @Test
  void keepsOnlyTheExclusionsThatNameAMethod() {
    TestPatterns patterns =
        TestPatterns.of(List.of(), List.of("**/*$*", "Foo#bar")).withoutClassExclusions();

    assertThat(patterns.shouldRun("com/acme/Foo$Inner.class", "baz")).isTrue();
    assertThat(patterns.shouldRun("com/acme/Foo.class", "bar")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "%regex[x]", // TestListResolver.isRegexMinLength: two characters at least
        "Foo%regex[.*]", // TestListResolver.isRegexPrefixedPattern: %regex[ must come first
        "%regex[.*]x", // ... and ] last
        "%regex[a#b#c]", // ResolvedTest.checkIllegalCharacters: one '#' only
        "%regex[#(]", // ResolvedTest.MethodMatcher.sanityCheck: an invalid method regex
        "%regex[(#a]", // ResolvedTest.ClassMatcher: an invalid class regex
      })
  void rejectsMalformedRegexPatterns(String include) {
    assertThatThrownBy(() -> TestPatterns.of(List.of(include), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsAnExclamationMarkInAnExclude() {
    // TestListResolver.mergeIncludedAndExcludedTests: "Exclamation mark not expected".
    assertThatThrownBy(() -> TestPatterns.of(List.of(), List.of("!FooTest")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("!FooTest");
  }

  @Test
  void namesTheClassFileOfABinaryClassName() {
    // TestListResolver.toClassFileName.
    assertThat(TestPatterns.classFile("com.acme.Foo$Inner")).isEqualTo("com/acme/Foo$Inner.class");
  }
}
