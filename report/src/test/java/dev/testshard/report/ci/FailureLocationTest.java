package dev.testshard.report.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.Problem;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FailureLocationTest {

  private static final String STACK =
      """
      org.opentest4j.AssertionFailedError: expected: <2> but was: <3>
      \tat org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:151)
      \tat org.junit.jupiter.api.Assertions.assertEquals(Assertions.java:150)
      \tat com.acme.CartHelper.check(CartHelper.java:7)
      \tat com.acme.CartTest$Empty.addsNothing(CartTest.java:42)
      \tat com.acme.CartTest.adds(CartTest.java:17)
      \tat java.base/java.lang.reflect.Method.invoke(Method.java:568)
      """;

  @Test
  void takesTheLineOfTheFirstFrameInTheTestClassOrAClassNestedInIt() {
    assertThat(
            FailureLocation.lineIn(
                STACK, "com.acme.CartTest", "src/test/java/com/acme/CartTest.java"))
        .isEqualTo(42);
  }

  @Test
  void skipsFramesOfOtherClassesAndOfClassesWhoseNameOnlyStartsTheSame() {
    String stack =
        "java.lang.IllegalStateException: boom\n"
            + "\tat com.acme.CartTestSupport.run(CartTestSupport.java:3)\n"
            + "\tat app//com.acme.CartTest.adds(CartTest.java:17)\n";

    assertThat(FailureLocation.lineIn(stack, "com.acme.CartTest", null)).isEqualTo(17);
  }

  @Test
  void knowsNoLineWithoutAFrameOfTheClassInItsSourceFile() {
    String lambdaInOtherFile = "x\n\tat com.acme.CartTest.adds(Generated.java:5)\n";

    assertThat(FailureLocation.lineIn(null, "com.acme.CartTest", null)).isZero();
    assertThat(FailureLocation.lineIn("no frames at all", "com.acme.CartTest", null)).isZero();
    assertThat(
            FailureLocation.lineIn(
                lambdaInOtherFile, "com.acme.CartTest", "src/test/java/com/acme/CartTest.java"))
        .isZero();
  }

  @Test
  void takesClassNameMessageAndFileFromTheReport() {
    TestCaseResult testCase =
        new TestCaseResult(
            "com.acme.CartTest$Empty",
            "addsNothing",
            0.1,
            Outcome.FAILED,
            new Problem("expected: <2> but was: <3>", "AssertionFailedError", STACK),
            null,
            null);
    TestSuiteResult suite =
        new TestSuiteResult(
            "com.acme.CartTest",
            "worker-1",
            null,
            1.0,
            "shop/src/test/java/com/acme/CartTest.java",
            Map.of(),
            List.of(testCase));

    FailureLocation location = FailureLocation.of(suite, testCase);

    assertThat(location)
        .isEqualTo(
            new FailureLocation(
                "com.acme.CartTest$Empty",
                "addsNothing",
                false,
                "expected: <2> but was: <3>",
                "shop/src/test/java/com/acme/CartTest.java",
                42));
    assertThat(location.testName()).isEqualTo("com.acme.CartTest$Empty.addsNothing");
  }
}
