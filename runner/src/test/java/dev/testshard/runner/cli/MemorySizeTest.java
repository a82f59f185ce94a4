package dev.testshard.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemorySizeTest {

  private static final long MIB = 1024 * 1024;

  @Test
  void meansNoLimitWhenNotGiven() {
    assertThat(MemorySize.parse(null)).isZero();
  }

  @ParameterizedTest(name = "{0} is {1} bytes")
  @CsvSource({
    "8192k, 8388608",
    "512m, 536870912",
    "512M, 536870912",
    "512mb, 536870912",
    "512MiB, 536870912",
    "512 MB, 536870912",
    "2g, 2147483648",
    "2G, 2147483648",
    "2GB, 2147483648",
    "2gib, 2147483648",
    "1.5g, 1610612736",
    "0.5t, 549755813888",
    "1p, 1125899906842624",
    "10485760, 10485760",
    "10485760b, 10485760",
    "' 2G ', 2147483648",
  })
  void readsSizesAsDockerDoesWithBinaryUnits(String text, long bytes) {
    assertThat(MemorySize.parse(text)).isEqualTo(bytes);
  }

  @Test
  void acceptsDockersMinimumOfSixMebibytes() {
    assertThat(MemorySize.parse("6m")).isEqualTo(6 * MIB);
  }

  @Test
  void rejectsLessThanDockersMinimum() {
    TestshardException e = usageError("5m");

    assertThat(e.getMessage()).contains("5m").contains("minimum");
    assertThat(usageError("1024").getMessage()).contains("minimum");
    assertThat(usageError("0").getMessage()).contains("minimum");
  }

  @Test
  void rejectsANegativeSize() {
    assertThat(usageError("-1g").getMessage()).contains("-1g");
  }

  @Test
  void rejectsAnUnknownUnitOrNoNumber() {
    assertThat(usageError("12q").getMessage()).contains("'12q'").contains("512m");
    assertThat(usageError("2gg").getMessage()).contains("'2gg'");
    assertThat(usageError("1.g").getMessage()).contains("'1.g'");
    assertThat(usageError("2 g b").getMessage()).contains("'2 g b'");
    assertThat(usageError("g").getMessage()).contains("'g'");
    assertThat(usageError("").getMessage()).contains("''");
    assertThat(usageError("-1.5g").getMessage()).contains("'-1.5g'");
  }

  @Test
  void rejectsASizeTooLargeToCountInBytes() {
    // 2^34 + 1 gibibytes is 2^64 + 2^30 bytes: without an overflow check, exactly 1 GiB.
    assertThat(usageError("17179869185g").getMessage()).contains("17179869185g").contains("large");
    assertThat(usageError("99999999999999999999").getMessage()).contains("99999999999999999999");
  }

  private static TestshardException usageError(String text) {
    TestshardException e =
        catchThrowableOfType(TestshardException.class, () -> MemorySize.parse(text));
    assertThat(e).as("error for '%s'", text).isNotNull();
    assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
    return e;
  }
}
