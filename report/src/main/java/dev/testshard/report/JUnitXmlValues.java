package dev.testshard.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Lenient parsing of attribute values that JUnit XML writers format in different ways. */
final class JUnitXmlValues {

  /** Digits grouped in threes by commas, optionally followed by a decimal part: {@code 1,234.5}. */
  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

  private JUnitXmlValues() {}

  /**
   * Seconds from a {@code time} attribute. Accepts {@code 1.5}, {@code 1,234.567} (JUnit Platform
   * groups thousands), {@code 0,5} (a decimal comma); null, empty, negative or unreadable gives 0.
   */
  static double parseSeconds(String text) {
    if (text == null) {
      return 0;
    }
    String value = text.strip();
    if (value.isEmpty()) {
      return 0;
    }
    if (value.indexOf(',') >= 0) {
      value =
          GROUPED.matcher(value).matches() || value.indexOf('.') >= 0
              ? value.replace(",", "")
              : value.replace(',', '.');
    }
    try {
      double seconds = Double.parseDouble(value);
      return Double.isFinite(seconds) && seconds > 0 ? seconds : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * An instant from a {@code timestamp} attribute: ISO-8601 with offset, or without one (JUnit
   * Platform and Surefire write local time; containers run in UTC, so it is taken as UTC). Null
   * when missing or unreadable.
   */
  static Instant parseTimestamp(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      // no offset: fall through
    }
    try {
      return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
