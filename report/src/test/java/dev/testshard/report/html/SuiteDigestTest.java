package dev.testshard.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.TestCaseResult;
import org.junit.jupiter.api.Test;

class SuiteDigestTest {

  private static final String SUITE = "com.acme.CartTest";

  @Test
  void namesATestOfTheClassItselfByItsName() {
    assertThat(display(SUITE, "adds")).isEqualTo("adds");
  }

  @Test
  void prefixesATestOfANestedClassWithTheNestedClassOrItsDisplayName() {
    assertThat(display(SUITE + "$Empty$Really", "adds")).isEqualTo("Empty.Really › adds");
    assertThat(display("when the cart is empty", "adds"))
        .isEqualTo("when the cart is empty › adds");
  }

  @Test
  void namesATestCaseThatStandsForAClassAsAWholeAfterTheClass() {
    assertThat(display(SUITE, "")).isEqualTo("(class)");
    assertThat(display(SUITE + "$Empty", "")).isEqualTo("Empty");
  }

  private static String display(String className, String name) {
    return SuiteDigest.displayName(SUITE, TestCaseResult.passed(className, name, 0));
  }
}
