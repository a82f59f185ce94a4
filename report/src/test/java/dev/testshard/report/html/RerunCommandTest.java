package dev.testshard.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RerunCommandTest {

  private final RerunCommand command = RerunCommand.of(List.of("testshard", "run"), null);

  @Test
  void classesAreNamedAsSurefireTestPatternsOnceEach() {
    assertThat(
            command.forClasses(
                List.of("com.acme.CartTest", "com.acme.PayTest", "com.acme.CartTest")))
        .isEqualTo("testshard run --test com.acme.CartTest,com.acme.PayTest");
  }

  @Test
  void aTestIsNamedByItsClassAndMethod() {
    assertThat(command.forTest("com.acme.CartTest", "adds"))
        .isEqualTo("testshard run --test 'com.acme.CartTest#adds'");
  }

  @Test
  void aParameterizedInvocationReRunsItsMethod() {
    assertThat(command.forTest("com.acme.CartTest", "adds(int)[2]"))
        .isEqualTo("testshard run --test 'com.acme.CartTest#adds'");
    assertThat(command.forTest("com.acme.CartTest", "adds[0]"))
        .isEqualTo("testshard run --test 'com.acme.CartTest#adds'");
  }

  @Test
  void aTestNoMethodPatternCanNameReRunsItsWholeClass() {
    assertThat(command.forTest("com.acme.CartTest", "")).endsWith("--test com.acme.CartTest");
    assertThat(command.forTest("com.acme.CartTest", "initializationError"))
        .endsWith("--test com.acme.CartTest");
    assertThat(command.forTest("com.acme.CartTest", null)).endsWith("--test com.acme.CartTest");
    assertThat(command.forTest("com.acme.CartTest", "2 + 2 = 4"))
        .endsWith("--test com.acme.CartTest");
  }

  @Test
  void wordsAreQuotedForAPosixShellOnlyWhereNeeded() {
    RerunCommand quoted =
        RerunCommand.of(
            List.of("testshard", "run", "--maven-arg=-Dx=a b", "--maven-arg=-Pci"), null);

    assertThat(quoted.forClasses(List.of("com.acme.CartTest")))
        .isEqualTo("testshard run '--maven-arg=-Dx=a b' --maven-arg=-Pci --test com.acme.CartTest");
    assertThat(RerunCommand.shellQuote("it's")).isEqualTo("'it'\\''s'");
    assertThat(RerunCommand.shellQuote("")).isEqualTo("''");
  }
}
