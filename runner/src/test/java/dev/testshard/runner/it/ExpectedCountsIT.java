package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The counts kept beside each example are what Maven Surefire really reports today, so a change to
 * an example cannot silently make the other integration tests compare against stale numbers.
 */
class ExpectedCountsIT {

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "multi-package",
        "multi-module",
        "junit4",
        "junit5-10",
        "failing",
        "faults",
        "surefire-config"
      })
  void recordedCountsMatchALiveSurefireRun(String example) throws Exception {
    Path project = Examples.copy(example, temp.resolve(example));

    assertThat(Counts.of(Examples.surefire(project)))
        .isEqualTo(Counts.of(Examples.expected(example)));
  }
}
