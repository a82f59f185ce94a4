package dev.testshard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class XmlTextTest {

  private static final String ESC = "\u001B";

  @Test
  void stripsAnsiColourCodes() {
    assertThat(XmlText.sanitize(ESC + "[1;31mred" + ESC + "[0m plain" + ESC + "[K"))
        .isEqualTo("red plain");
  }

  @Test
  void stripsOscHyperlinksAndOtherEscapeSequences() {
    String hyperlink = ESC + "]8;;https://example.com" + ESC + "\\link" + ESC + "]8;;\u0007";
    assertThat(XmlText.sanitize(hyperlink + " " + ESC + "(B" + ESC + "7ok")).isEqualTo("link ok");
  }

  @Test
  void anUnterminatedOscSequenceEndsAtTheLineBreak() {
    assertThat(XmlText.sanitize(ESC + "]0;window title\nnext line")).isEqualTo("\nnext line");
  }

  @Test
  void dropsALoneEscape() {
    assertThat(XmlText.sanitize("a" + ESC)).isEqualTo("a");
    assertThat(XmlText.sanitize("a" + ESC + "\u0001b")).isEqualTo("a\uFFFDb");
  }

  @Test
  void replacesControlCharactersThatXmlForbidsButKeepsTabsAndLineBreaks() {
    assertThat(XmlText.sanitize("a\u0000b\u0008c\u000Bd\u007F\te\r\nf"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\u007F\te\r\nf");
  }

  @Test
  void replacesUnpairedSurrogatesAndNonCharactersButKeepsRealPairs() {
    String grinning = "\uD83D\uDE00";
    assertThat(XmlText.sanitize("x\uD83Dy\uDE00z" + grinning + "\uFFFE\uFFFF"))
        .isEqualTo("x\uFFFDy\uFFFDz" + grinning + "\uFFFD\uFFFD");
    assertThat(XmlText.sanitize("ends with high \uD83D")).isEqualTo("ends with high \uFFFD");
  }

  @Test
  void leavesMarkupToTheXmlWriterAndReturnsCleanTextUnchanged() {
    String clean = "a <b> & ]]> \"c\" \uD83D\uDE00";
    assertThat(XmlText.sanitize(clean)).isSameAs(clean);
    assertThat(XmlText.sanitize(null)).isNull();
  }

  @Test
  void capKeepsShortTextAsItIs() {
    assertThat(XmlText.cap("short", 5, "p")).isEqualTo("short");
    assertThat(XmlText.cap(null, 5, "p")).isNull();
  }

  @Test
  void capKeepsHeadAndTailAndPointsToTheFullOutput() {
    String text = "HEAD-" + "x".repeat(1000) + "-TAIL";
    String capped = XmlText.cap(text, 100, "shards/shard-03/output.log");

    assertThat(capped)
        .startsWith("HEAD-" + "x".repeat(45) + "\n")
        .endsWith("x".repeat(45) + "-TAIL")
        .contains("\n... [910 characters omitted; full output: shards/shard-03/output.log] ...\n");
    assertThat(capped.length()).isLessThan(100 + 100);
  }

  @Test
  void capNeverSplitsASurrogatePair() {
    String text = "\uD83D\uDE00".repeat(100);
    String capped = XmlText.cap(text, 51, null);

    assertThat(XmlText.sanitize(capped)).isSameAs(capped);
    assertThat(capped).contains("characters omitted] ...");
  }

  @Test
  void formatsSecondsWithADotAndNoGroupingWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      assertThat(XmlText.formatSeconds(1234567.8915)).isEqualTo("1234567.892");
      assertThat(XmlText.formatSeconds(0.0004)).isEqualTo("0.000");
      assertThat(XmlText.formatSeconds(2)).isEqualTo("2.000");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void formatsNegativeAndNonFiniteSecondsAsZero() {
    assertThat(XmlText.formatSeconds(-1)).isEqualTo("0.000");
    assertThat(XmlText.formatSeconds(Double.NaN)).isEqualTo("0.000");
    assertThat(XmlText.formatSeconds(Double.POSITIVE_INFINITY)).isEqualTo("0.000");
  }

  @Test
  void formatsTimestampsInUtcWithoutFractionOrZone() {
    assertThat(XmlText.formatTimestamp(Instant.parse("2026-01-15T10:02:03.789Z")))
        .isEqualTo("2026-01-15T10:02:03");
    assertThat(
            XmlText.formatTimestamp(OffsetDateTime.parse("2026-01-15T00:30:00+02:00").toInstant()))
        .isEqualTo("2026-01-14T22:30:00");
  }
}
