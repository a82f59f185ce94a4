package dev.testshard.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RerunCommandTest {

  @Test
  void theIncludeExpressionMatchesExactlyTheGivenClasses() {
    Pattern include =
        Pattern.compile(
            RerunCommand.includeRegex(List.of("com.acme.CartTest", "com.acme.PayTest")));

    assertThat(include.matcher("com.acme.CartTest").matches()).isTrue();
    assertThat(include.matcher("com.acme.PayTest").matches()).isTrue();
    assertThat(include.matcher("com.acme.CartTests").matches()).isFalse();
    assertThat(include.matcher("comXacme.CartTest").matches()).isFalse();
    assertThat(include.matcher("com.acme.other.CartTest").matches()).isFalse();
  }

  @Test
  void oneClassNeedsNoGroup() {
    assertThat(RerunCommand.includeRegex(List.of("a.b.CTest", "a.b.CTest")))
        .isEqualTo("a\\.b\\.CTest");
  }

  @Test
  void wordsAreQuotedForAPosixShellOnlyWhereNeeded() {
    RerunCommand command =
        RerunCommand.of(
            List.of("testshard", "run", "--project", "/home/me/my shop", "--maven-arg=-Pci"), null);

    assertThat(command.forClasses(List.of("com.acme.CartTest")))
        .isEqualTo(
            "testshard run --project '/home/me/my shop' --maven-arg=-Pci"
                + " --include 'com\\.acme\\.CartTest'");
    assertThat(RerunCommand.shellQuote("it's")).isEqualTo("'it'\\''s'");
    assertThat(RerunCommand.shellQuote("")).isEqualTo("''");
  }
}
