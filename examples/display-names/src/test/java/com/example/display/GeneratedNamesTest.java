package com.example.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Display names a generator makes from method names, and dynamic tests named by their factory. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GeneratedNamesTest {

  @Test
  void a_total_of_nothing_is_zero() {
    assertEquals(0, Stream.<Integer>empty().mapToInt(Integer::intValue).sum());
  }

  @TestFactory
  Stream<DynamicNode> discounts() {
    return Stream.of(
        DynamicTest.dynamicTest("ten percent", () -> assertEquals(90, 100 - 100 / 10)),
        DynamicContainer.dynamicContainer(
            "coupons",
            Stream.of(DynamicTest.dynamicTest("five off", () -> assertEquals(95, 100 - 5)))));
  }
}
