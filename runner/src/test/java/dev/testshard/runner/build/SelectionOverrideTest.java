package dev.testshard.runner.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectionOverrideTest {

  private static final TestSettings CONFIGURED =
      new TestSettings(
          "default-test",
          List.of(),
          Map.of(),
          Map.of(),
          Path.of("/p"),
          List.of(
              "include **/*Test.java",
              "exclude **/*$*",
              "exclude **/Slow*",
              "groups fast",
              "excluded-groups flaky",
              "include-engine junit-jupiter",
              "provider junit-platform"),
          List.of(),
          null,
          0,
          0);

  @Test
  void testReplacesIncludesAndExcludesAsSurefiresDashDTestDoes() {
    TestSettings settings =
        new SelectionOverride(" Cart#adds , !Slow*, ,pkg/**/*IT", null, null).applyTo(CONFIGURED);

    assertThat(settings.selection())
        .containsExactly(
            "groups fast",
            "excluded-groups flaky",
            "include-engine junit-jupiter",
            "provider junit-platform",
            "include Cart#adds",
            "include !Slow*",
            "include pkg/**/*IT",
            "specific-tests true");
  }

  @Test
  void groupsReplaceTheModulesGroupsAndKeepItsPatterns() {
    TestSettings settings =
        new SelectionOverride(null, "db & !slow", "flaky, broken").applyTo(CONFIGURED);

    assertThat(settings.selection())
        .containsExactly(
            "include **/*Test.java",
            "exclude **/*$*",
            "exclude **/Slow*",
            "include-engine junit-jupiter",
            "provider junit-platform",
            "groups db & !slow",
            "excluded-groups flaky, broken");
  }

  @Test
  void nothingGivenKeepsTheBuildAsItIs() {
    ProjectBuild build = new ProjectBuild(Path.of("/p"), List.of());
    assertThat(SelectionOverride.NONE.applyTo(build)).isSameAs(build);
    assertThat(SelectionOverride.NONE.isEmpty()).isTrue();
  }

  @Test
  void aPatternSurefireRefusesIsOneLineNamingTheOption() {
    assertThatThrownBy(() -> new SelectionOverride("%regex[Cart(", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("--test: ");
    assertThatThrownBy(() -> new SelectionOverride(" , ", null, null))
        .hasMessage("--test: names no test: ' , '");
  }

  @Test
  void tagExpressionsAreCheckedAsJUnitParsesThem() {
    for (String valid :
        List.of("fast", "!slow", "db & !slow", "(a | b) & c", "any()", "none() | x", "a, b|c")) {
      assertThat(new SelectionOverride(null, valid, valid).groups()).isEqualTo(valid);
    }
    for (String invalid : List.of("", "a b", "a &", "(a | b", "a |, b", "& a", "a)")) {
      assertThatThrownBy(() -> new SelectionOverride(null, invalid, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("--groups: ");
    }
    assertThatThrownBy(() -> new SelectionOverride(null, null, "a b"))
        .hasMessage("--exclude-groups: not a valid JUnit tag expression: 'a b'");
  }
}
