package dev.testshard.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Pure text helpers for writing JUnit XML that every CI reader accepts (see docs/report-format.md,
 * "Safe XML" and "Times"). Stateless and thread-safe; every method accepts null text and then
 * returns null.
 */
public final class XmlText {

  /**
   * What {@link #sanitize} puts in place of a character XML 1.0 forbids. U+FFFD rather than {@code
   * '?'}: the report is UTF-8, and the replacement character says "something was here" without
   * being mistaken for real output.
   */
  public static final char REPLACEMENT = '\uFFFD';

  private static final char ESC = '\u001B';
  private static final char BEL = '\u0007';

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private XmlText() {}

  /**
   * Makes text safe for an XML 1.0 document: removes ANSI escape sequences and replaces every
   * character XML 1.0 forbids with {@link #REPLACEMENT}.
   *
   * <p>Removed: CSI sequences ({@code ESC [} parameters, intermediates, final byte, e.g. colours);
   * OSC and the other string sequences ({@code ESC ]}, {@code ESC P}, {@code ESC X}, {@code ESC ^},
   * {@code ESC _}) up to BEL, {@code ESC \} or the end of the line, so that an unterminated one
   * cannot swallow the rest of the output; other escape sequences ({@code ESC (B}, {@code ESC 7});
   * and a lone ESC. Replaced: control characters other than tab, line feed and carriage return,
   * unpaired surrogates, U+FFFE and U+FFFF. Markup characters ({@code < & ]]>}) are left alone: the
   * XML writer escapes them.
   *
   * @return the same instance when nothing had to change
   */
  public static String sanitize(String text) {
    if (text == null || isClean(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == ESC) {
        i = skipEscapeSequence(text, i);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(i + 1));
        i += 2;
      } else {
        out.append(isAllowed(c) ? c : REPLACEMENT);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * Shortens text longer than {@code maxChars} to its first and last {@code maxChars / 2}
   * characters (never splitting a surrogate pair), joined by a line {@code ... [N characters
   * omitted; full output: POINTER] ...}. The marker line comes on top of {@code maxChars}.
   *
   * @param pointer where the full text can be found, e.g. {@code shards/shard-03/output.log}; may
   *     be null, and then the marker names no place
   */
  public static String cap(String text, int maxChars, String pointer) {
    if (maxChars < 0) {
      throw new IllegalArgumentException("maxChars must not be negative: " + maxChars);
    }
    if (text == null || text.length() <= maxChars) {
      return text;
    }
    int headEnd = maxChars / 2;
    int tailStart = text.length() - (maxChars - headEnd);
    if (headEnd > 0 && Character.isHighSurrogate(text.charAt(headEnd - 1))) {
      headEnd--;
    }
    if (tailStart < text.length() && Character.isLowSurrogate(text.charAt(tailStart))) {
      tailStart++;
    }
    String head = text.substring(0, headEnd);
    String tail = text.substring(tailStart);
    int omitted = tailStart - headEnd;
    StringBuilder out = new StringBuilder(head.length() + tail.length() + 100);
    out.append(head);
    if (!head.isEmpty() && !head.endsWith("\n")) {
      out.append('\n');
    }
    out.append("... [").append(omitted).append(" characters omitted");
    if (pointer != null) {
      out.append("; full output: ").append(pointer);
    }
    out.append("] ...\n").append(tail);
    return out.toString();
  }

  /**
   * Seconds as JUnit XML wants them: {@code %.3f} in {@link Locale#ROOT}, so always a '.' and never
   * a grouping separator, whatever the default locale. Negative, NaN and infinite values become
   * {@code 0.000}, which every reader accepts.
   */
  public static String formatSeconds(double seconds) {
    double value = Double.isFinite(seconds) && seconds > 0 ? seconds : 0;
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /** An instant as {@code yyyy-MM-ddTHH:mm:ss} in UTC, without zone suffix (JUnit XML style). */
  public static String formatTimestamp(Instant instant) {
    return instant == null ? null : TIMESTAMP.format(instant);
  }

  private static boolean isClean(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ESC || !isAllowed(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return false;
      }
    }
    return true;
  }

  /** XML 1.0 {@code Char}, judged for a lone UTF-16 unit (so any surrogate is "not allowed"). */
  private static boolean isAllowed(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
  }

  /** Returns the index just after the escape sequence starting at {@code start} (an ESC). */
  private static int skipEscapeSequence(String text, int start) {
    int n = text.length();
    int i = start + 1;
    if (i >= n) {
      return i;
    }
    char kind = text.charAt(i);
    if (kind == '[') {
      return skipCsi(text, i + 1);
    }
    if (kind == ']' || kind == 'P' || kind == 'X' || kind == '^' || kind == '_') {
      return skipStringSequence(text, i + 1);
    }
    // nF (ESC, intermediates 0x20-0x2F, final 0x30-0x7E) and Fp/Fe/Fs (ESC, one 0x30-0x7E byte).
    int j = i;
    while (j < n && text.charAt(j) >= 0x20 && text.charAt(j) <= 0x2F) {
      j++;
    }
    if (j < n && text.charAt(j) >= 0x30 && text.charAt(j) <= 0x7E) {
      return j + 1;
    }
    return i; // a lone ESC: drop only the ESC itself
  }

  private static int skipCsi(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c >= 0x40 && c <= 0x7E) {
        return i + 1; // final byte
      }
      if (c < 0x20 || c > 0x3F) {
        return i; // malformed: stop before the stray character and keep it
      }
      i++;
    }
    return i;
  }

  private static int skipStringSequence(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == BEL) {
        return i + 1;
      }
      if (c == ESC && i + 1 < text.length() && text.charAt(i + 1) == '\\') {
        return i + 2;
      }
      if (c == '\n' || c == '\r') {
        return i;
      }
      i++;
    }
    return i;
  }
}
