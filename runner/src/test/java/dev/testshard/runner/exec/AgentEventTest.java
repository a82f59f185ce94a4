package dev.testshard.runner.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testshard.agent.Protocol;
import org.junit.jupiter.api.Test;

class AgentEventTest {

  @Test
  void parsesAProtocolLine() {
    AgentEvent event =
        AgentEvent.parse(Protocol.PREFIX + "{\"event\":\"class-started\",\"class\":\"a.B\"}")
            .orElseThrow();

    assertThat(event.type()).isEqualTo("class-started");
    assertThat(event.text("class")).isEqualTo("a.B");
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
        .hasMessageContaining("unreadable");
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
        parse("{\"event\":\"test\",\"trace\":\"a\\n\\tat b\\u2028\",\"quote\":\"\\\"x\\\\\"}");

    assertThat(event.text("trace")).isEqualTo("a\n\tat b\u2028");
    assertThat(event.text("quote")).isEqualTo("\"x\\");
  }

  @Test
  void readsNumbersAndDecimals() {
    AgentEvent event =
        parse("{\"event\":\"finished\",\"tests\":12,\"time\":1768471205123,\"seconds\":1.25}");

    assertThat(event.number("tests", -1)).isEqualTo(12);
    assertThat(event.number("time", -1)).isEqualTo(1_768_471_205_123L);
    assertThat(event.decimal("seconds")).isEqualTo(1.25);
    assertThat(event.decimal("tests")).isEqualTo(12.0);
  }

  @Test
  void readsLists() {
    AgentEvent event =
        parse("{\"event\":\"class\",\"engines\":[\"junit-jupiter\",\"junit-vintage\"],\"e\":[]}");

    assertThat(event.texts("engines")).containsExactly("junit-jupiter", "junit-vintage");
    assertThat(event.texts("e")).isEmpty();
  }

  @Test
  void givesNullOrTheFallbackForAbsentFields() {
    AgentEvent event = parse("{\"event\":\"test\",\"message\":null}");

    assertThat(event.text("name")).isNull();
    assertThat(event.text("message")).isNull();
    assertThat(event.number("tests", 42)).isEqualTo(42);
    assertThat(event.decimal("seconds")).isZero();
    assertThat(event.texts("testNames")).isEmpty();
  }

  @Test
  void givesTheFallbackForFieldsOfTheWrongKind() {
    AgentEvent event = parse("{\"event\":\"test\",\"tests\":\"many\",\"seconds\":\"slow\"}");

    assertThat(event.number("tests", 7)).isEqualTo(7);
    assertThat(event.decimal("seconds")).isZero();
    assertThat(event.texts("tests")).isEmpty();
  }

  @Test
  void ignoresUnknownFields() {
    AgentEvent event = parse("{\"event\":\"hello\",\"future\":{\"nested\":[1,2]},\"protocol\":1}");

    assertThat(event.type()).isEqualTo("hello");
    assertThat(event.number("protocol", 0)).isEqualTo(1);
  }

  private static AgentEvent parse(String json) {
    return AgentEvent.parse(Protocol.PREFIX + json).orElseThrow();
  }
}
