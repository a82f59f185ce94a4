package dev.testshard.runner.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as users write them: {@code 90s}, {@code 1.5m}, {@code 10m}, {@code 1h30m}, {@code
 * 250ms}, a bare number of seconds, or ISO-8601 as {@link Duration#parse} reads it ({@code PT90S},
 * {@code PT1H30M}).
 */
public final class Durations {

  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");
  private static final String FORMS = "like 90s, 1.5m, 1h30m or PT90S";

  private Durations() {}

  /**
   * Parses a duration; a bare number means seconds.
   *
   * @throws IllegalArgumentException when the text is not a positive duration, with a message that
   *     quotes it and shows the forms accepted
   */
  public static Duration parse(String text) {
    String value = text.strip().toLowerCase(Locale.ROOT);
    if (value.startsWith("p")) {
      try {
        return positive(Duration.parse(value), text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("'" + text + "' is not a duration " + FORMS);
      }
    }
    if (value.matches("\\d+(\\.\\d+)?")) {
      return positive(of(new BigDecimal(value), "s"), text);
    }
    Matcher matcher = PART.matcher(value);
    Duration total = Duration.ZERO;
    int end = 0;
    while (matcher.find() && matcher.start() == end) {
      total = total.plus(of(new BigDecimal(matcher.group(1)), matcher.group(2)));
      end = matcher.end();
    }
    if (end != value.length() || value.isEmpty()) {
      throw new IllegalArgumentException("'" + text + "' is not a duration " + FORMS);
    }
    return positive(total, text);
  }

  /** {@code amount} of {@code unit}, to the millisecond. */
  private static Duration of(BigDecimal amount, String unit) {
    long millisPerUnit =
        switch (unit) {
          case "ms" -> 1;
          case "s" -> 1_000;
          case "m" -> 60_000;
          case "h" -> 3_600_000;
          default -> 86_400_000;
        };
    try {
      return Duration.ofMillis(
          amount
              .multiply(BigDecimal.valueOf(millisPerUnit))
              .setScale(0, RoundingMode.HALF_UP)
              .longValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("'" + amount + unit + "' is too long");
    }
  }

  /** A short form for messages: {@code 90s}, {@code 5m}, {@code 1h30m}, {@code 250ms}. */
  public static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 1000 != 0) {
      return millis + "ms";
    }
    long seconds = millis / 1000;
    StringBuilder text = new StringBuilder();
    if (seconds >= 3600) {
      text.append(seconds / 3600).append('h');
      seconds %= 3600;
    }
    if (seconds >= 60) {
      text.append(seconds / 60).append('m');
      seconds %= 60;
    }
    if (seconds > 0 || text.length() == 0) {
      text.append(seconds).append('s');
    }
    return text.toString();
  }

  private static Duration positive(Duration duration, String text) {
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException("'" + text + "' must be longer than zero");
    }
    return duration;
  }
}
