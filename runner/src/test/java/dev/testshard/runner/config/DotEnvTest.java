package dev.testshard.runner.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DotEnvTest {

  private static final Map<String, String> ENVIRONMENT =
      Map.of("HOME", "/home/me", "SHELL_ONLY", "s");

  private static String value(String line) {
    return DotEnv.parse(line, ENVIRONMENT).get("A");
  }

  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      emptyValue = "",
      textBlock =
          """
          A=plain                          | plain
          A = spaced around                | spaced around
          export A=exported                | exported
          A: yaml style                    | yaml style
          A=value # a comment              | value
          A=value#not a comment            | value#not a comment
          `A=`                             | ``
          A='single $HOME \\n kept'        | single $HOME \\n kept
          A='it\\'s'                       | it's
          A="double $HOME"                 | double /home/me
          A="quote \\" and backslash \\\\" | quote " and backslash \\
          A="\\$HOME is literal"           | $HOME is literal
          A="unknown \\q escape"           | unknown \\q escape
          A=$$HOME                         | $HOME
          A="a # in quotes" # comment      | a # in quotes
          A=${HOME}/x                      | /home/me/x
          A=${UNSET:-fallback}             | fallback
          """)
  void readsAValueAsComposeDoes(String line, String expected) {
    assertThat(value(line)).isEqualTo(expected);
  }

  @Test
  void doubleQuotesTakeTheShellEscapes() {
    assertThat(value("A=\"tab\\tnewline\\nreturn\\rbell\\a\""))
        .isEqualTo("tab\tnewline\nreturn\rbell\u0007");
  }

  @Test
  void skipsCommentsAndBlankLinesAndReadsMultiLineQuotes() {
    Map<String, String> values =
        DotEnv.parse(
            "\uFEFF# settings\n\n  B=2\nC=\"line one\nline two\"\n   # indented comment\nD='x\ny'\n",
            ENVIRONMENT);

    assertThat(values)
        .containsExactly(
            Map.entry("B", "2"), Map.entry("C", "line one\nline two"), Map.entry("D", "x\ny"));
  }

  @Test
  void interpolatesFromTheEnvironmentFirstThenFromNamesAboveInTheFile() {
    Map<String, String> values =
        DotEnv.parse(
            "USER=notes\nHOME=/ignored\nURL=\"jdbc:postgresql://db/${USER}?home=$HOME\"\n"
                + "LATER=${NOT_YET:-none}\nNOT_YET=1\n",
            ENVIRONMENT);

    assertThat(values.get("URL")).isEqualTo("jdbc:postgresql://db/notes?home=/home/me");
    assertThat(values.get("LATER")).isEqualTo("none");
  }

  @Test
  void aBareNameTakesItsValueFromTheEnvironmentOrIsLeftOut() {
    assertThat(DotEnv.parse("SHELL_ONLY\nNOWHERE\nexport X=1\n", ENVIRONMENT))
        .containsExactly(Map.entry("SHELL_ONLY", "s"), Map.entry("X", "1"));
  }

  @Test
  void ignoresNamesThatStartWithADigit() {
    assertThat(DotEnv.parse("1A=x\nB=y\n", Map.of())).containsOnlyKeys("B");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          `A=1\\nB=\"never closed\\nC=3`   | line 2: the value's double quote is never closed
          `A='x' trailing`                | line 1: unexpected 'trailing' after the quoted value
          `\\n\\nA B=1`                    | line 3: expected NAME=value, not 'A B=1'
          `=1`                            | line 1: expected NAME=value, not '=1'
          `A=1\\nB=${A:?}\\nC=${X:?set X}` | line 3: required variable X is missing a value: set X
          `A=${A B}`                      | line 1: invalid interpolation format in '${A B}'
          """)
  void aMalformedFileIsAnErrorNamingTheLine(String text, String message) {
    assertThatThrownBy(() -> DotEnv.parse(text.replace("\\n", "\n"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }
}
