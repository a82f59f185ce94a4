package dev.testshard.runner.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArgLineTest {

  @Test
  void splitsOnWhitespaceAndLineBreaksAsSurefireDoes() {
    assertThat(ArgLine.split("-Xmx512m\n   --add-opens java.base/java.lang=ALL-UNNAMED\t-ea"))
        .containsExactly("-Xmx512m", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-ea");
  }

  @Test
  void quotesGroupAndAreRemoved() {
    assertThat(ArgLine.split("-Da=\"x y\" '-Db=1 2' -Dc=\"it's\""))
        .containsExactly("-Da=x y", "-Db=1 2", "-Dc=it's");
  }

  @Test
  void anEmptyQuotedArgumentIsKept() {
    assertThat(ArgLine.split("-Dempty= \"\" -ea")).containsExactly("-Dempty=", "", "-ea");
  }

  @Test
  void noArgLineIsNoArguments() {
    assertThat(ArgLine.split(null)).isEmpty();
    assertThat(ArgLine.split("  \n ")).isEmpty();
  }
}
