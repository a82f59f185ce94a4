package dev.testshard.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestSelectionTest {
  private static final List<String> DEFAULTS = TestPlugin.SUREFIRE.defaultIncludes;

  @Test
  void withNothingConfiguredSurefiresDefaultsApply() {
    TestSelection selection =
        TestSelection.of(null, List.of(), List.of(), List.of(), List.of(), DEFAULTS);

    assertThat(selection.includes())
        .containsExactly("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java");
    assertThat(selection.excludes()).containsExactly("**/*$*");
    assertThat(selection.specificTests()).isFalse();
  }

  @Test
  void failsafeHasItsOwnDefaultIncludes() {
    TestSelection selection =
        TestSelection.of(
            null, List.of(), List.of(), List.of(), List.of(), TestPlugin.FAILSAFE.defaultIncludes);

    assertThat(selection.includes())
        .containsExactly("**/IT*.java", "**/*IT.java", "**/*ITCase.java");
  }

  @Test
  void theTestParameterReplacesIncludesAndExcludesAndIsSplitAtCommas() {
    TestSelection selection =
        TestSelection.of(
            " Foo#bar, ,%regex[.*Baz.*] ,!Slow*",
            List.of("**/*Spec.java"),
            List.of("from/file"),
            List.of("**/Broken*"),
            List.of(),
            DEFAULTS);

    assertThat(selection.includes()).containsExactly("Foo#bar", "%regex[.*Baz.*]", "!Slow*");
    assertThat(selection.excludes()).isEmpty();
    assertThat(selection.specificTests()).isTrue();
  }

  @Test
  void configuredListsComeBeforeTheFilesLinesAndReplaceTheDefaults() {
    TestSelection selection =
        TestSelection.of(
            "  ",
            List.of(" **/*Spec.java "),
            List.of("com/acme/Listed.java"),
            List.of(),
            List.of("**/Flaky*"),
            DEFAULTS);

    assertThat(selection.includes()).containsExactly("**/*Spec.java", "com/acme/Listed.java");
    assertThat(selection.excludes()).containsExactly("**/Flaky*");
    assertThat(selection.specificTests()).isFalse();
  }

  @Test
  void methodPatternsInTheFilesLeaveOnlyTheIncludesFilesClassesAsSurefiresProvidersDo() {
    TestSelection selection =
        TestSelection.of(
            null,
            List.of("**/*Test.java"),
            List.of("**/BCheck#t"),
            List.of("**/Slow*"),
            List.of(),
            DEFAULTS);

    assertThat(selection.includes()).containsExactly("**/BCheck#t");
    assertThat(selection.excludes()).containsExactly("**/Slow*");
  }

  @Test
  void aListOfOnlyBlankEntriesIsNotEmptySoNoDefaultsApplyAsInSurefire() {
    TestSelection selection =
        TestSelection.of(
            null, Arrays.asList((String) null), List.of(), List.of(" "), List.of(), DEFAULTS);

    assertThat(selection.includes()).isEmpty();
    assertThat(selection.excludes()).isEmpty();
  }
}
