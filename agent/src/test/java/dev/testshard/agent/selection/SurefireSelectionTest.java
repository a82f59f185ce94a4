package dev.testshard.agent.selection;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the selection file, and what it makes of Surefire's parameters. */
class SurefireSelectionTest {

  @Test
  void readsEveryKey() {
    SurefireSelection selection =
        parse(
            "# written by the testshard Maven plugin",
            "",
            "include **/*Test.java",
            "exclude **/*$*",
            "specific-tests false",
            "groups fast | integration",
            "excluded-groups slow",
            "include-engine junit-jupiter",
            "exclude-engine junit-vintage",
            "config junit.jupiter.execution.parallel.enabled=true",
            "provider junit-platform",
            "report-name-suffix default",
            "plugin-version 2.22.2",
            "reuse-forks false",
            "suite-parameter greeting = hello",
            "suite-parameter name=a=b");

    assertThat(selection.selectsClass("com.acme.FooTest")).isTrue();
    assertThat(selection.selectsClass("com.acme.FooTest$Inner")).isFalse();
    assertThat(selection.groups()).containsExactly("fast | integration");
    assertThat(selection.excludedGroups()).containsExactly("slow");
    assertThat(selection.includedEngines()).containsExactly("junit-jupiter");
    assertThat(selection.excludedEngines()).containsExactly("junit-vintage");
    assertThat(selection.configuration())
        .isEqualTo(Map.of("junit.jupiter.execution.parallel.enabled", "true"));
    assertThat(selection.methodFilter()).isNull();
    assertThat(selection.provider()).isEqualTo("junit-platform");
    assertThat(selection.reportNameSuffix()).isEqualTo("default");
    assertThat(selection.pluginVersion()).isEqualTo("2.22.2");
    assertThat(selection.reuseForks()).isFalse();
    assertThat(selection.suiteParameters())
        .containsOnly(Map.entry("greeting", "hello"), Map.entry("name", "a=b"));
    assertThat(parse("include **/*Test.java").reuseForks()).isTrue();
  }

  @Test
  void splitsTagListsAtCommasAsSurefiresProviderDoes() {
    // JUnitPlatformProvider.getPropertiesList: split("[,]+"), blank items dropped, trimmed; each
    // item is one tag expression of TagFilter.includeTags(List).
    SurefireSelection selection = parse("groups fast, slow , ,a & b", "excluded-groups x,y");

    assertThat(selection.groups()).containsExactly("fast", "slow", "a & b");
    assertThat(selection.excludedGroups()).containsExactly("x", "y");
  }

  @Test
  void collectsRepeatedEnginesIncludingCommaLists() {
    SurefireSelection selection =
        parse("exclude-engine junit-vintage", "exclude-engine a, b", "include-engine c");

    assertThat(selection.excludedEngines()).containsExactly("junit-vintage", "a", "b");
    assertThat(selection.includedEngines()).containsExactly("c");
  }

  @Test
  void splitsAConfigurationParameterAtTheFirstEqualsSign() {
    SurefireSelection selection = parse("config a.b = c=d", "config empty=");

    assertThat(selection.configuration()).isEqualTo(Map.of("a.b", "c=d", "empty", ""));
  }

  @Test
  void selectsEveryClassWithoutPatterns() {
    SurefireSelection selection = parse("groups fast");

    assertThat(selection.selectsClass("com.acme.Helper$1")).isTrue();
    assertThat(selection.methodFilter()).isNull();
  }

  @Test
  void filtersMethodsWithTheWholeTestListForSpecificTests() {
    // AbstractSurefireMojo.getSpecificTests: with -Dtest, the method filter is the -Dtest list,
    // so its class-only entries keep all their methods and other classes' methods are out.
    SurefireSelection selection =
        parse("specific-tests true", "include **/BarTest", "include FooTest#alpha");

    TestPatterns methods = selection.methodFilter();
    assertThat(methods.shouldRun("com/acme/BarTest.class", "any")).isTrue();
    assertThat(methods.shouldRun("com/acme/FooTest.class", "alpha")).isTrue();
    assertThat(methods.shouldRun("com/acme/FooTest.class", "beta")).isFalse();
    assertThat(methods.shouldRun("com/acme/FooTest$Inner.class", "alpha")).isFalse();
  }

  @Test
  void leavesTheDefaultExcludeOutOfTheMethodFilter() {
    // Without -Dtest Surefire filters methods by includesFile and excludesFile only, never by
    // <excludes> such as the default **/*$*: nested classes keep their tests.
    SurefireSelection selection =
        parse("include **/*Test.java", "exclude **/*$*", "exclude FooTest#slow");

    TestPatterns methods = selection.methodFilter();
    assertThat(methods.shouldRun("com/acme/FooTest$Inner.class", "any")).isTrue();
    assertThat(methods.shouldRun("com/acme/BarTest.class", "any")).isTrue();
    assertThat(methods.shouldRun("com/acme/FooTest.class", "slow")).isFalse();
    assertThat(selection.selectsClass("com.acme.FooTest")).isTrue();
  }

  @Test
  void takesIncludesIntoTheMethodFilterWhenOneOfThemNamesAMethod() {
    // An includesFile with "FooTest#alpha" and "BarTest": Surefire's method filter holds both.
    SurefireSelection selection = parse("include FooTest#alpha", "include BarTest");

    TestPatterns methods = selection.methodFilter();
    assertThat(methods.shouldRun("com/acme/BarTest.class", "any")).isTrue();
    assertThat(methods.shouldRun("com/acme/FooTest.class", "beta")).isFalse();
    assertThat(selection.selectsClass("com.acme.BazTest")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "includes **/*Test.java",
        "include",
        "include   ",
        "groups a\ngroups b",
        "excluded-groups a\nexcluded-groups b",
        "specific-tests yes",
        "specific-tests true\nspecific-tests true",
        "config novalue",
        "provider junit4\nprovider junit-platform",
        "report-name-suffix a\nreport-name-suffix b",
        "reuse-forks false\nreuse-forks false",
        "reuse-forks maybe",
        "plugin-version 3.5.4\nplugin-version 3.5.4",
        "config =value",
        "exclude !Foo",
        "include %regex[x]"
      })
  void rejectsWhatItCannotTake(String text) {
    assertThatThrownBy(() -> parse(text.split("\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line ");
  }

  @Test
  void namesTheFileAndLineOfAnError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("selection");
    Files.write(file, List.of("include **/*Test.java", "tests Foo"), UTF_8);

    assertThatThrownBy(() -> SurefireSelection.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": line 2: unknown key 'tests'");
  }

  @Test
  void readsNoFileWhenNoneIsGiven() throws Exception {
    assertThat(SurefireSelection.readIfGiven(null)).isNull();
  }

  private static SurefireSelection parse(String... lines) {
    return SurefireSelection.parse(List.of(lines));
  }
}
