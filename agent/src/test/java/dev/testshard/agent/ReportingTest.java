package dev.testshard.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingTest {

  /** Read from each version's TestNGReporter: testName(result) with parameters since 3.0.0-M5. */
  @ParameterizedTest
  @CsvSource({
    "2.21.0, false",
    "2.22.2, false",
    "3.0.0-M3, false",
    "3.0.0-M4, false",
    "3.0.0-M5, true",
    "3.0.0-M9, true",
    "3.0.0, true",
    "3.5.6, true",
    "4.0.0-beta-1, true",
    "3.6.0-SNAPSHOT, true"
  })
  void surefireNamesTestNgInvocationsWithTheirParametersSince300M5(
      String version, boolean withParameters) {
    assertThat(Reporting.namesTestNgParameters(version)).isEqualTo(withParameters);
    assertThat(Reporting.of(true, null, version).testNgParameters()).isEqualTo(withParameters);
  }

  /** Read from each version's RunListenerAdapter: the legacy names until 3.0.0-M3. */
  @ParameterizedTest
  @CsvSource({
    "2.22.0, true",
    "2.22.2, true",
    "3.0.0-M1, true",
    "3.0.0-M3, true",
    "3.0.0-M4, false",
    "3.0.0, false",
    "3.5.6, false"
  })
  void surefireNamedTestsByTheirLegacyReportingNamesBefore300M4(String version, boolean legacy) {
    assertThat(Reporting.of(false, null, version).legacyNames()).isEqualTo(legacy);
  }

  /** The versions where the junit-platform provider's names of Jupiter constructs changed. */
  @ParameterizedTest
  @CsvSource({
    "3.0.0, false, false, true",
    "3.2.5, false, false, true",
    "3.5.1, false, false, true",
    "3.5.2, true, false, true",
    "3.5.3, true, false, false",
    "3.5.4, true, true, false",
    "3.5.6, true, true, false",
    "3.6.0-SNAPSHOT, true, true, false",
    "4.0.0-M1, true, true, false"
  })
  void jupiterNamesFollowTheVersionsWhereTheyChanged(
      String version, boolean invocations, boolean classDisplayNames, boolean ownSource) {
    Reporting reporting = Reporting.of(false, null, version);

    assertThat(reporting.invocationNames()).isEqualTo(invocations);
    assertThat(reporting.classDisplayNames()).isEqualTo(classDisplayNames);
    assertThat(reporting.ownSourceClassNames()).isEqualTo(ownSource);
  }

  /**
   * Read from the milestones' RunListenerAdapter and checked against their reports: parameter types
   * cut at their last dot until 3.0.0-M8, a skipped class as one entry until 3.0.0-M7, and skipped
   * containers without a name until 3.0.0-M9.
   */
  @ParameterizedTest
  @CsvSource({
    "3.0.0-M4, true, true, false",
    "3.0.0-M5, true, true, false",
    "3.0.0-M7, true, true, false",
    "3.0.0-M8, true, false, false",
    "3.0.0-M9, false, false, false",
    "3.0.0, false, false, true",
    "3.5.6, false, false, true"
  })
  void milestoneNamesFollowTheVersionsWhereTheyChanged(
      String version, boolean signatures, boolean skippedAsOne, boolean namedContainers) {
    Reporting reporting = Reporting.of(false, null, version);

    assertThat(reporting.signatureNames()).isEqualTo(signatures);
    assertThat(reporting.skippedAsOne()).isEqualTo(skippedAsOne);
    assertThat(reporting.namedSkippedContainers()).isEqualTo(namedContainers);
  }

  @Test
  void withoutAVersionTheNamesAreTheCurrentSurefires() {
    assertThat(Reporting.of(false, null, null))
        .isEqualTo(
            new Reporting(
                false, "", true, false, true, true, false, false, false, true, false, true));
  }

  @ParameterizedTest
  @CsvSource({"default, (default)", "'', ''"})
  void theReportNameSuffixEndsEveryClassnameInParentheses(String suffix, String classNameSuffix) {
    assertThat(Reporting.of(true, suffix, "3.5.6").classNameSuffix()).isEqualTo(classNameSuffix);
  }
}
