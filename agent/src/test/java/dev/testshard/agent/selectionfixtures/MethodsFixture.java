package dev.testshard.agent.selectionfixtures;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Methods to pick by name, next to a parameterized test and a {@code @Nested} class. */
public class MethodsFixture {

  @Test
  void alpha() {}

  @Test
  void alphaBeta() {}

  @Test
  void beta() {}

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void gamma(int value) {
    assertTrue(value > 0);
  }

  @Nested
  class Inner {

    @Test
    void alpha() {}

    @Test
    void delta() {}
  }
}
