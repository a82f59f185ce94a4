package dev.testshard.runner.cli;

import dev.testshard.runner.common.TestshardException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses memory sizes the way Docker's {@code --memory} reads them (go-units {@code RAMInBytes}): a
 * number, possibly with a fraction, then an optional unit {@code b}, {@code k}, {@code m}, {@code
 * g}, {@code t} or {@code p} (any case, optionally followed by {@code b} or {@code ib}). Every unit
 * is binary, as in Docker: {@code 2g}, {@code 2GB} and {@code 2GiB} are all 2 × 2<sup>30</sup>
 * bytes; {@code 1.5g} is 1.5 GiB; a bare number is bytes.
 */
final class MemorySize {

  private static final Pattern SIZE =
      Pattern.compile("(\\d+(?:\\.\\d+)?) ?(?:([kmgtp])i?b?|b)?", Pattern.CASE_INSENSITIVE);
  private static final String UNITS = "kmgtp";
  private static final long MINIMUM = 6L << 20;

  private MemorySize() {}

  /** Bytes, or 0 for null (no limit). */
  static long parse(String text) {
    if (text == null) {
      return 0;
    }
    Matcher matcher = SIZE.matcher(text.strip());
    if (!matcher.matches()) {
      throw notASize(text);
    }
    String unit = matcher.group(2);
    int power = unit == null ? 0 : UNITS.indexOf(unit.toLowerCase(Locale.ROOT)) + 1;
    long bytes;
    try {
      // Exact arithmetic: "17179869185g" must not wrap around to a plausible 1g.
      bytes =
          new BigDecimal(matcher.group(1))
              .multiply(BigDecimal.valueOf(2).pow(10 * power))
              .toBigInteger()
              .longValueExact();
    } catch (ArithmeticException e) {
      throw TestshardException.badValue("--memory", "'" + text + "' is too large");
    }
    if (bytes < MINIMUM) {
      throw TestshardException.badValue("--memory", text + " is below Docker's minimum of 6m");
    }
    return bytes;
  }

  private static TestshardException notASize(String text) {
    return TestshardException.badValue(
        "--memory", "'" + text + "' is not a size like 512m, 2g, 2GB, 1.5g or 512MiB");
  }
}
