package dev.testshard.runner.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The forms of the compose specification's interpolation section, each with a variable that is set,
 * set but empty, and unset (FOO=first, EMPTY="", UNSET not defined).
 */
class ComposeInterpolationTest {

  private static final Map<String, String> VARIABLES =
      Map.of("FOO", "first", "EMPTY", "", "JSON", "{\"json\":2}", "PORT", "5432");

  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      emptyValue = "",
      textBlock =
          """
          # direct substitution, braced and not
          ${FOO}                             | first
          $FOO                               | first
          $FOO-bar                           | first-bar
          ok ${UNSET} var                    | ok  var
          ok ${EMPTY} var                    | ok  var
          ${FOO}${FOO}_$PORT/x               | firstfirst_5432/x
          # default value: ':-' when unset or empty, '-' only when unset
          ${UNSET:-default}                  | default
          ${EMPTY:-default}                  | default
          ${FOO:-default}                    | first
          ${UNSET-default}                   | default
          `${EMPTY-default}`                 | ``
          ${FOO-default}                     | first
          ${EMPTY:-/non:-alphanumeric}       | /non:-alphanumeric
          ${UNSET-myerror?msg}               | myerror?msg
          # required value, when it has one
          ${FOO:?err}                        | first
          ${FOO?err}                         | first
          `${EMPTY?err}`                     | ``
          # alternative value: ':+' when set and non-empty, '+' when set
          ${FOO:+replacement}                | replacement
          `${EMPTY:+replacement}`            | ``
          `${UNSET:+replacement}`            | ``
          ${FOO+replacement}                 | replacement
          ${EMPTY+replacement}               | replacement
          `${UNSET+replacement}`             | ``
          # nested, as the specification allows
          ${UNSET:-${FOO}}                   | first
          ${UNSET:-${EMPTY:-default}}        | default
          ${UNSET-${FOO} ${FOO}}             | first first
          ${EMPTY+$FOO ${FOO:+second}}       | first second
          `${EMPTY:+${UNSET:?never evaluated}}` | ``
          ${FOO:-${UNSET:?never evaluated}}  | first
          # braces in a default balance; a value is never re-interpolated
          `${UNSET:-{"json":1}}`             | `{"json":1}`
          `${JSON:-{"json":1}}`              | `{"json":2}`
          # $$ is a literal $, and a $ that starts no variable stays
          $$FOO                              | $FOO
          $${FOO}                            | ${FOO}
          $$$FOO                             | $first
          a $ string                         | a $ string
          ^REGEX$                            | ^REGEX$
          $}                                 | $}
          100$                               | 100$
          $1 and $-                          | $1 and $-
          ${UNSET:-$$}                       | $
          """)
  void interpolatesAsTheSpecificationSays(String template, String expected) {
    assertThat(ComposeInterpolation.interpolate(template, VARIABLES)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          not ok ${UNSET:?Mandatory Variable Unset} | required variable UNSET is missing a value: Mandatory Variable Unset
          not ok ${EMPTY:?Mandatory Variable Empty} | required variable EMPTY is missing a value: Mandatory Variable Empty
          not ok ${UNSET:?}                         | required variable UNSET is missing a value
          not ok ${UNSET?Mandatory Variable Unset}  | required variable UNSET is missing a value: Mandatory Variable Unset
          not ok ${UNSET?}                          | required variable UNSET is missing a value
          ${UNSET:?needs ${FOO} and $PORT}          | required variable UNSET is missing a value: needs first and 5432
          ${UNSET?$FOO}                             | required variable UNSET is missing a value: first
          ${UNSET:-${EMPTY:?deep}}                  | required variable EMPTY is missing a value: deep
          """)
  void aRequiredVariableWithoutAValueIsAnErrorWithItsMessage(String template, String message) {
    assertThatThrownBy(() -> ComposeInterpolation.interpolate(template, VARIABLES))
        .isInstanceOf(ComposeInterpolation.MissingVariable.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          ${
          ${}
          `${ }`
          `${ FOO}`
          `${FOO }`
          ${FOO!}
          ${FOO/foo/bar}
          ${FOO:-unclosed
          ${1}
          """)
  void aMalformedExpressionIsAnErrorThatShowsWhere(String template) {
    assertThatThrownBy(() -> ComposeInterpolation.interpolate(template, VARIABLES))
        .isNotInstanceOf(ComposeInterpolation.MissingVariable.class)
        .hasMessageStartingWith("invalid interpolation format in '" + template + "' at '${")
        .hasMessageContaining("write $$ for a literal $");
  }
}
