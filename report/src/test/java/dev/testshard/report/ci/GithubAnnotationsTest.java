package dev.testshard.report.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {

  @Test
  void annotatesAFailureWithItsFileLineAndTitle() {
    FailureLocation failure =
        new FailureLocation(
            "com.acme.CartTest",
            "adds",
            false,
            "expected: <2> but was: <3>",
            "src/test/java/com/acme/CartTest.java",
            17);

    assertThat(GithubAnnotations.lines(List.of(failure)))
        .containsExactly(
            "::error file=src/test/java/com/acme/CartTest.java,line=17,"
                + "title=com.acme.CartTest.adds failed::expected: <2> but was: <3>");
  }

  @Test
  void encodesLineBreaksPercentSignsAndThePropertySeparators() {
    FailureLocation failure =
        new FailureLocation(
            "com.acme.PriceTest",
            "rounds(String, int)[1]",
            true,
            "100% wrong\r\nsecond line",
            "src/a,b.java",
            0);

    assertThat(GithubAnnotations.lines(List.of(failure)))
        .containsExactly(
            "::error file=src/a%2Cb.java,title=com.acme.PriceTest.rounds(String%2C int)[1]"
                + " errored::100%25 wrong%0D%0Asecond line");
  }

  @Test
  void aFailureWithoutSourceFileOrMessageGetsItsTitleAsMessage() {
    FailureLocation failure = new FailureLocation("com.acme.BootTest", "", true, null, null, 0);

    assertThat(GithubAnnotations.lines(List.of(failure)))
        .containsExactly("::error title=com.acme.BootTest errored::com.acme.BootTest errored");
  }

  @Test
  void cutsVeryLongMessages() {
    FailureLocation failure =
        new FailureLocation("a.T", "t", false, "x".repeat(10_000), "src/T.java", 3);

    String line = GithubAnnotations.lines(List.of(failure)).get(0);

    assertThat(line).hasSizeLessThan(GithubAnnotations.MESSAGE_LIMIT + 100).endsWith("x…");
  }
}
