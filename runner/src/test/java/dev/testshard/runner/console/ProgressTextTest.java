package dev.testshard.runner.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTextTest {

  @Test
  void formatsDurationsAsMinutesAndSecondsAndHoursFromAnHourOn() {
    assertThat(ProgressText.duration(0)).isEqualTo("0:00");
    assertThat(ProgressText.duration(59.6)).isEqualTo("1:00");
    assertThat(ProgressText.duration(754)).isEqualTo("12:34");
    assertThat(ProgressText.duration(3725)).isEqualTo("1:02:05");
    assertThat(ProgressText.duration(-3)).isEqualTo("0:00");
  }

  @Test
  void labelsATestByClassnameAndNameAndAClassAsAWholeByItsClassnameAlone() {
    assertThat(ProgressText.testLabel("com.acme.CartTest", "adds"))
        .isEqualTo("com.acme.CartTest > adds");
    assertThat(ProgressText.testLabel("com.acme.CartTest", "")).isEqualTo("com.acme.CartTest");
  }

  @Test
  void theStatusLineShowsShardsTestsAndTheEstimateWhenThereIsOne() {
    Progress progress = new Progress(10, 2, 3, 120, 2, 1, 475, 83, 45.0, List.of());

    assertThat(ProgressText.status(progress))
        .isEqualTo(
            "[1:23] 3/10 shards done, 2 running | 120/475 tests, 2 failed, 1 errors | ~0:45 left");
    assertThat(ProgressText.counts(new Progress(2, 0, 2, 500, 0, 0, 475, 90, null, List.of())))
        .isEqualTo("2/2 shards done, 0 running | 500 tests, 0 failed");
    assertThat(ProgressText.counts(new Progress(2, 1, 1, 10, 0, 0, 20, 9, 0.4, List.of())))
        .endsWith("| finishing");
  }

  @Test
  void theBlockListsRunningShardsUpToALimitAndFitsTheWidth() {
    Progress progress =
        new Progress(
            5,
            3,
            0,
            7,
            0,
            0,
            50,
            12,
            null,
            List.of(
                new Progress.RunningShard("com.acme.very.long.package.name.shard", 12, 30, 4),
                new Progress.RunningShard("b", 11, 0, 2),
                new Progress.RunningShard("c", 10, 0, 1)));

    assertThat(ProgressText.block(progress, 40, 2, Palette.NONE))
        .containsExactly(
            "[0:12] 0/5 shards done, 3 running | 7...",
            "  com.acme.very.long.package.name.sha...",
            "  b  0:11, 2 tests",
            "  ... and 1 more running");
  }

  @Test
  void aMessageForTheConsoleIsOneCleanLine() {
    assertThat(ProgressText.oneLine("\u001B[31mexpected\u001B[0m <2>\u0000\n\tat Foo.bar"))
        .isEqualTo("expected <2>\uFFFD");
    assertThat(ProgressText.oneLine("x".repeat(500))).hasSize(163);
    assertThat(ProgressText.oneLine(null)).isEmpty();
  }

  @Test
  void aCauseForTheConsoleIsItsWholeFirstLine() {
    String cause = "services could not start: " + "x".repeat(300) + ": exec: sleep not found";

    assertThat(ProgressText.firstLine(cause + "\nmore")).isEqualTo(cause);
    assertThat(ProgressText.firstLine(null)).isEmpty();
  }
}
