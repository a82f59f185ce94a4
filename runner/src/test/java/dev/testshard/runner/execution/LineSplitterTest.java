package dev.testshard.runner.execution;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

  private final List<String> lines = new ArrayList<>();
  private final LineSplitter splitter = new LineSplitter(lines::add);

  @Test
  void emitsEachCompleteLineOfAChunk() {
    splitter.accept(bytes("one\ntwo\n"));

    assertThat(lines).containsExactly("one", "two");
  }

  @Test
  void joinsALineSplitAcrossChunks() {
    splitter.accept(bytes("fir"));
    splitter.accept(bytes("st\nsec"));
    assertThat(lines).containsExactly("first");

    splitter.accept(bytes("ond\n"));
    assertThat(lines).containsExactly("first", "second");
  }

  @Test
  void joinsAMultiByteCharacterSplitAcrossChunks() {
    byte[] text = bytes("é€😀\n");

    // Every split point, including those inside a character's bytes.
    for (int split = 1; split < text.length; split++) {
      lines.clear();
      splitter.accept(Arrays.copyOfRange(text, 0, split));
      splitter.accept(Arrays.copyOfRange(text, split, text.length));

      assertThat(lines).as("split at byte %d", split).containsExactly("é€😀");
    }
  }

  @Test
  void feedsOneByteAtATime() {
    for (byte b : bytes("ä\nb\n")) {
      splitter.accept(new byte[] {b});
    }

    assertThat(lines).containsExactly("ä", "b");
  }

  @Test
  void dropsTheCarriageReturnOfCrlfLineEnds() {
    splitter.accept(bytes("one\r\ntwo\r"));
    splitter.accept(bytes("\nthree\n"));

    assertThat(lines).containsExactly("one", "two", "three");
  }

  @Test
  void keepsACarriageReturnInsideALine() {
    splitter.accept(bytes("50%\r100%\n"));

    assertThat(lines).containsExactly("50%\r100%");
  }

  @Test
  void keepsEmptyLines() {
    splitter.accept(bytes("a\n\n\nb\n"));

    assertThat(lines).containsExactly("a", "", "", "b");
  }

  @Test
  void emitsATrailingPartialLineOnFlush() {
    splitter.accept(bytes("done\nno line end"));
    assertThat(lines).containsExactly("done");

    splitter.flush();
    assertThat(lines).containsExactly("done", "no line end");
  }

  @Test
  void emitsNothingOnFlushAfterACompleteLine() {
    splitter.accept(bytes("done\n"));
    splitter.flush();
    splitter.flush();

    assertThat(lines).containsExactly("done");
  }

  @Test
  void ignoresEmptyChunks() {
    splitter.accept(new byte[0]);
    splitter.accept(bytes("a"));
    splitter.accept(new byte[0]);
    splitter.accept(bytes("\n"));

    assertThat(lines).containsExactly("a");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }

  @Test
  void cutsALineLongerThanItsLimitAndSaysHowMuchWasDropped() {
    LineSplitter bounded = new LineSplitter(lines::add, 8);

    bounded.accept(bytes("0123"));
    bounded.accept(bytes("456789abc"));
    bounded.accept(bytes("def\nnext\n"));

    assertThat(lines).containsExactly("01234567" + LineSplitter.cutMarker(8, 8), "next");
    assertThat(LineSplitter.isCut(lines.get(0))).isTrue();
    assertThat(LineSplitter.isCut(lines.get(1))).isFalse();
  }

  @Test
  void cutsAnEndlessLineWithoutLineEndOnFlush() {
    LineSplitter bounded = new LineSplitter(lines::add, 4);

    for (int i = 0; i < 1000; i++) {
      bounded.accept(new byte[1000]);
    }
    bounded.flush();

    assertThat(lines).containsExactly("\0\0\0\0" + LineSplitter.cutMarker(4, 999_996));
  }

  @Test
  void startsANewLineAtEachEventThatFollowsOutputWithoutALineEnd() {
    splitter.accept(bytes("partial output\u001e@testshard {\"event\":\"a\"}\n"));
    splitter.accept(bytes("\u001e@testshard {\"event\":\"b\"}\nmore"));
    splitter.accept(bytes("\u001e@testshard {\"event\":\"c\"}\n"));

    assertThat(lines)
        .containsExactly(
            "partial output",
            "\u001e@testshard {\"event\":\"a\"}",
            "\u001e@testshard {\"event\":\"b\"}",
            "more",
            "\u001e@testshard {\"event\":\"c\"}");
  }

  @Test
  void keepsAnEventThatFollowsALineCutAtItsLimit() {
    LineSplitter bounded = new LineSplitter(lines::add, 8);

    bounded.accept(bytes("0123456789abc\u001e@ts\n"));

    assertThat(lines).containsExactly("01234567" + LineSplitter.cutMarker(8, 5), "\u001e@ts");
  }
}
