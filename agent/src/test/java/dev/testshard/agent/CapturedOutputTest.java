package dev.testshard.agent;

import static dev.testshard.agent.ResultListener.MAX_CAPTURED_CHARS;
import static dev.testshard.agent.ResultListener.TRUNCATED;
import static dev.testshard.agent.ResultListener.appendCapped;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How much of a test's output goes into its event. */
class CapturedOutputTest {

  @Test
  void keepsOutputThatFitsAsItIs() {
    StringBuilder buffer = new StringBuilder();

    appendCapped(buffer, "first\n");
    appendCapped(buffer, "second\n");

    assertThat(buffer).hasToString("first\nsecond\n");
  }

  @Test
  void cutsLongOutputOnceAndSaysWhereTheCaptureStopped() {
    StringBuilder buffer = new StringBuilder();

    appendCapped(buffer, "x".repeat(MAX_CAPTURED_CHARS - 3));
    appendCapped(buffer, "abcdef");
    appendCapped(buffer, "more output that is dropped");

    assertThat(buffer.toString())
        .hasSize(MAX_CAPTURED_CHARS + TRUNCATED.length())
        .endsWith("xxxabc" + TRUNCATED)
        .contains("output.log");
  }

  @Test
  void neverSplitsASurrogatePair() {
    StringBuilder buffer = new StringBuilder("x".repeat(MAX_CAPTURED_CHARS - 1));

    appendCapped(buffer, "\uD83D\uDE00 after");

    assertThat(buffer.toString()).endsWith("x" + TRUNCATED);
  }
}
