package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The counts (and, where recorded, the test cases with their names) kept beside each example are
 * what Maven Surefire really reports today, so a change to an example cannot silently make the
 * other integration tests compare against stale numbers or names.
 */
class ExpectedCountsIT {

  static List<String> recorded() {
    return SurefireRuns.RECORDED;
  }

  @ParameterizedTest
  @MethodSource("recorded")
  void recordedCountsAndTestCasesMatchALiveSurefireRun(String example) throws Exception {
    List<Path> reports = SurefireRuns.reports(example);

    assertThat(Counts.of(Examples.totalsOf(reports)))
        .isEqualTo(Counts.of(Examples.expected(example)));
    Optional<List<String>> tests = Examples.expectedTests(example);
    if (tests.isPresent()) {
      assertThat(Examples.casesOf(reports)).containsExactlyElementsOf(tests.get());
    }
  }
}
