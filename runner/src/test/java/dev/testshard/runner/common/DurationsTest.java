package dev.testshard.runner.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "90s, PT1M30S",
    "1.5m, PT1M30S",
    "10m, PT10M",
    "5m, PT5M",
    "1h30m, PT1H30M",
    "1.5h, PT1H30M",
    "1h30m15s, PT1H30M15S",
    "250ms, PT0.25S",
    "0.5s, PT0.5S",
    "2d, PT48H",
    "45, PT45S",
    "2.5, PT2.5S",
    "' 2M ', PT2M",
    "PT90S, PT1M30S",
    "pt1h30m, PT1H30M",
    "PT0.5S, PT0.5S",
    "P1D, PT24H",
  })
  void readsTheFormsUsersWrite(String text, Duration expected) {
    assertThat(Durations.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "0s",
        "0.0m",
        "-5s",
        "5 minutes",
        "m5",
        "1.m",
        ".5m",
        "5x",
        "PT",
        "PT-5S",
        "P"
      })
  void rejectsWhatIsNotAPositiveDuration(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> Durations.parse(text));
  }

  @Test
  void saysWhichFormsItReads() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Durations.parse("5 minutes"))
        .withMessage("'5 minutes' is not a duration like 90s, 1.5m, 1h30m or PT90S");
  }

  @Test
  void formatsShortly() {
    assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
    assertThat(Durations.format(Duration.ofMinutes(5))).isEqualTo("5m");
    assertThat(Durations.format(Duration.ofSeconds(15))).isEqualTo("15s");
    assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
    assertThat(Durations.format(Duration.ofHours(2))).isEqualTo("2h");
  }
}
