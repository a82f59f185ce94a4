package dev.testshard.runner.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.EventType;
import dev.testshard.agent.protocol.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentEventTest {

  @Test
  void parsesAProtocolLine() {
    AgentEvent event =
        AgentEvent.parse(Protocol.PREFIX + "{\"event\":\"class-started\",\"class\":\"a.B\"}")
            .orElseThrow();

    assertThat(event.type()).isEqualTo(EventType.CLASS_STARTED);
    assertThat(event.text(EventField.CLASS)).isEqualTo("a.B");
  }

  @Test
  void ignoresLinesWithoutThePrefix() {
    assertThat(AgentEvent.parse("{\"event\":\"finished\"}")).isEmpty();
    assertThat(AgentEvent.parse("Tests run: 3")).isEmpty();
    assertThat(AgentEvent.parse("")).isEmpty();
    assertThat(AgentEvent.parse(" " + Protocol.PREFIX + "{\"event\":\"finished\"}")).isEmpty();
  }

  @Test
  void rejectsAPrefixedLineThatIsNotJson() {
    assertThatThrownBy(() -> AgentEvent.parse(Protocol.PREFIX + "{\"event\":\"test\",\"name\":"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void rejectsAPrefixedLineWithoutAnEvent() {
    assertThatThrownBy(() -> AgentEvent.parse(Protocol.PREFIX + "{\"class\":\"a.B\"}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AgentEvent.parse(Protocol.PREFIX + "{\"event\":null}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AgentEvent.parse(Protocol.PREFIX + "[\"event\"]"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AgentEvent.parse(Protocol.PREFIX))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shortensAVeryLongUnreadableLineInItsMessage() {
    String line = Protocol.PREFIX + "{" + "x".repeat(10_000);

    assertThatThrownBy(() -> AgentEvent.parse(line))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
  }

  @Test
  void readsTextWithEscapes() {
    AgentEvent event =
        parse(
            "{\"event\":\"warning\",\"message\":\"m\",\"trace\":\"a\\n\\tat b\\u2028\",\"stdout\":\"\\\"x\\\\\"}");

    assertThat(event.text(EventField.TRACE)).isEqualTo("a\n\tat b\u2028");
    assertThat(event.text(EventField.STDOUT)).isEqualTo("\"x\\");
  }

  @Test
  void readsNumbersAndDecimals() {
    AgentEvent event =
        parse("{\"event\":\"finished\",\"tests\":12,\"time\":1768471205123,\"seconds\":1.25}");

    assertThat(event.number(EventField.TESTS, -1)).isEqualTo(12);
    assertThat(event.number(EventField.TIME, -1)).isEqualTo(1_768_471_205_123L);
    assertThat(event.decimal(EventField.SECONDS)).isEqualTo(1.25);
    assertThat(event.decimal(EventField.TESTS)).isEqualTo(12.0);
  }

  @Test
  void readsLists() {
    AgentEvent event =
        parse(
            "{\"event\":\"class\",\"class\":\"a.B\",\"engines\":[\"junit-jupiter\",\"junit-vintage\"],\"testNames\":[]}");

    assertThat(event.texts(EventField.ENGINES)).containsExactly("junit-jupiter", "junit-vintage");
    assertThat(event.texts(EventField.TEST_NAMES)).isEmpty();
  }

  @Test
  void givesNullOrTheFallbackForAbsentFields() {
    AgentEvent event = parse("{\"event\":\"finished\",\"message\":null}");

    assertThat(event.text(EventField.NAME)).isNull();
    assertThat(event.text(EventField.MESSAGE)).isNull();
    assertThat(event.number(EventField.TESTS, 42)).isEqualTo(42);
    assertThat(event.decimal(EventField.SECONDS)).isZero();
    assertThat(event.texts(EventField.TEST_NAMES)).isEmpty();
  }

  @Test
  void givesTheFallbackForFieldsOfTheWrongKind() {
    AgentEvent event = parse("{\"event\":\"finished\",\"tests\":\"many\",\"seconds\":\"slow\"}");

    assertThat(event.number(EventField.TESTS, 7)).isEqualTo(7);
    assertThat(event.decimal(EventField.SECONDS)).isZero();
    assertThat(event.texts(EventField.TESTS)).isEmpty();
  }

  @Test
  void ignoresUnknownFields() {
    AgentEvent event =
        parse(
            "{\"event\":\"hello\",\"future\":{\"nested\":[1,2]},\"protocol\":"
                + Protocol.VERSION
                + "}");

    assertThat(event.type()).isEqualTo(EventType.HELLO);
    assertThat(event.number(EventField.PROTOCOL, 0)).isEqualTo(Protocol.VERSION);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{\"event\":\"something-new\",\"class\":\"a.B\"} | unknown event type 'something-new'",
        "{\"event\":7} | no event type",
        "{\"event\":\"test\",\"class\":\"a.B\",\"name\":\"n\",\"status\":\"PASSED\"} | without the text field 'id'",
        "{\"event\":\"test\",\"id\":\"i\",\"name\":\"n\",\"status\":\"PASSED\"} | without the text field 'class'",
        "{\"event\":\"test\",\"id\":\"i\",\"class\":\"a.B\",\"status\":\"PASSED\"} | without the text field 'name'",
        "{\"event\":\"test\",\"id\":\"i\",\"class\":\"a.B\",\"name\":7,\"status\":\"PASSED\"} | without the text field 'name'",
        "{\"event\":\"test\",\"id\":\"i\",\"class\":\"a.B\",\"name\":\"n\",\"status\":\"GREEN\"} | unknown test status 'GREEN'",
        "{\"event\":\"class-started\"} | without the text field 'class'",
        "{\"event\":\"class-finished\",\"class\":\"a.B\"} | without the text field 'status'",
        "{\"event\":\"ready\"} | without a batch number",
        "{\"event\":\"hello\",\"protocol\":1} | protocol version 1, expected",
        "{\"event\":\"hello\"} | protocol version null, expected",
      })
  void rejectsAnEventThatIsNotWhatTheProtocolDescribes(String json, String why) {
    assertThatThrownBy(() -> AgentEvent.parse(Protocol.PREFIX + json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(why)
        .hasMessageContaining(json.substring(0, Math.min(json.length(), 100)));
  }

  @Test
  void aHelloOfAnotherProtocolVersionIsOneLineNamingBothVersions() {
    String json = "{\"event\":\"hello\",\"protocol\":" + (Protocol.VERSION + 1) + "}";

    assertThatThrownBy(() -> AgentEvent.parse(Protocol.PREFIX + json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "malformed event (protocol version "
                + (Protocol.VERSION + 1)
                + ", expected "
                + Protocol.VERSION
                + "): "
                + json)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void quotesTheFirstHundredCharactersOfAMalformedEvent() {
    String json = "{\"event\":\"nope\",\"x\":\"" + "y".repeat(500) + "\"}";

    assertThatThrownBy(() -> AgentEvent.parse(Protocol.PREFIX + json))
        .hasMessageEndingWith(": " + json.substring(0, 100) + "...");
  }

  private static AgentEvent parse(String json) {
    return AgentEvent.parse(Protocol.PREFIX + json).orElseThrow();
  }
}
