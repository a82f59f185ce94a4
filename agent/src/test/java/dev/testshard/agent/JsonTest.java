package dev.testshard.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void writesAnEmptyObject() {
    assertThat(Json.object().toString()).isEqualTo("{}");
  }

  @Test
  void separatesFieldsWithCommasInTheOrderTheyWerePut() {
    String json = Json.object().put("a", "x").put("b", 2L).put("c", 1.5).toString();

    assertThat(json).isEqualTo("{\"a\":\"x\",\"b\":2,\"c\":1.5}");
  }

  @Test
  void escapesQuotesAndBackslashes() {
    String json = Json.object().put("path", "C:\\tmp\\\"a\"").toString();

    assertThat(json).isEqualTo("{\"path\":\"C:\\\\tmp\\\\\\\"a\\\"\"}");
  }

  @Test
  void escapesLineBreaksAndTabsWithTheirShortForms() {
    String json = Json.object().put("trace", "a\nb\rc\td").toString();

    assertThat(json).isEqualTo("{\"trace\":\"a\\nb\\rc\\td\"}");
  }

  @Test
  void escapesOtherControlCharactersAsUnicodeEscapes() {
    String json = Json.object().put("x", "\u0000\u0001\b\f\u001e\u001f").toString();

    assertThat(json).isEqualTo("{\"x\":\"\\u0000\\u0001\\u0008\\u000c\\u001e\\u001f\"}");
  }

  @Test
  void escapesTheUnicodeLineAndParagraphSeparators() {
    String json = Json.object().put("x", "a\u2028b\u2029c").toString();

    assertThat(json).isEqualTo("{\"x\":\"a\\u2028b\\u2029c\"}");
  }

  @Test
  void keepsOtherNonAsciiCharactersAsTheyAre() {
    String json = Json.object().put("x", "café ✓ \uD83D\uDE00").toString();

    assertThat(json).isEqualTo("{\"x\":\"café ✓ \uD83D\uDE00\"}");
  }

  @Test
  void neverPutsALineBreakIntoTheOutputWhateverTheText() {
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      every.append(c);
    }
    every.append("\u0085\u2028\u2029");

    String json = Json.object().put("text", every.toString()).toString();

    assertThat(json.lines()).hasSize(1);
    assertThat(RecordedEvents.parse(json)).containsEntry("text", every.toString());
  }

  @Test
  void writesListsOfStrings() {
    String json =
        Json.object()
            .put("engines", List.of("junit-jupiter", "a\"b"))
            .put("none", List.of())
            .toString();

    assertThat(json).isEqualTo("{\"engines\":[\"junit-jupiter\",\"a\\\"b\"],\"none\":[]}");
  }

  @Test
  void omitsFieldsWhoseTextIsNull() {
    String json =
        Json.object().put("a", (String) null).put("b", "x").put("c", (String) null).toString();

    assertThat(json).isEqualTo("{\"b\":\"x\"}");
  }

  @Test
  void writesNonFiniteDoublesAsZero() {
    String json =
        Json.object()
            .put("nan", Double.NaN)
            .put("up", Double.POSITIVE_INFINITY)
            .put("down", Double.NEGATIVE_INFINITY)
            .toString();

    assertThat(json).isEqualTo("{\"nan\":0,\"up\":0,\"down\":0}");
  }

  @Test
  void writesLongsWithoutFractionAndSmallDoublesAsValidNumbers() {
    String json = Json.object().put("time", 1_768_471_205_000L).put("seconds", 0.00001).toString();

    assertThat(RecordedEvents.parse(json))
        .containsEntry("time", 1_768_471_205_000L)
        .containsEntry("seconds", 0.00001);
  }
}
