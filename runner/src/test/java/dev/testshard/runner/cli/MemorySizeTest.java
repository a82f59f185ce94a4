package dev.testshard.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import org.junit.jupiter.api.Test;

class MemorySizeTest {

  private static final long MIB = 1024 * 1024;

  @Test
  void meansNoLimitWhenNotGiven() {
    assertThat(MemorySize.parse(null)).isZero();
  }

  @Test
  void readsKibibytesMebibytesAndGibibytes() {
    assertThat(MemorySize.parse("8192k")).isEqualTo(8 * MIB);
    assertThat(MemorySize.parse("512m")).isEqualTo(512 * MIB);
    assertThat(MemorySize.parse("2g")).isEqualTo(2048 * MIB);
  }

  @Test
  void readsPlainBytes() {
    assertThat(MemorySize.parse("10485760")).isEqualTo(10 * MIB);
  }

  @Test
  void ignoresCaseAndSurroundingBlanks() {
    assertThat(MemorySize.parse(" 2G ")).isEqualTo(2048 * MIB);
    assertThat(MemorySize.parse("512M")).isEqualTo(512 * MIB);
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
    assertThat(usageError("2gb").getMessage()).contains("'2gb'");
    assertThat(usageError("g").getMessage()).contains("'g'");
    assertThat(usageError("").getMessage()).contains("''");
    assertThat(usageError("1.5g").getMessage()).contains("'1.5g'");
  }

  @Test
  void rejectsASizeTooLargeToCountInBytes() {
    // 2^34 + 1 gibibytes is 2^64 + 2^30 bytes: without an overflow check, exactly 1 GiB.
    assertThat(usageError("17179869185g").getMessage()).contains("17179869185g");
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
