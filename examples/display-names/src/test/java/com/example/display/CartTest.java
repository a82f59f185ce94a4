package com.example.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Display names on a class, on tests, on parameterized and repeated tests and a nested class. */
@DisplayName("Shopping cart")
class CartTest {

  private final List<Integer> prices = new ArrayList<>();

  @Test
  @DisplayName("adds an item to the total")
  void adds() {
    prices.add(3);
    assertEquals(3, total());
  }

  @Test
  void removesWithoutADisplayName() {
    prices.add(3);
    prices.remove(0);
    assertEquals(0, total());
  }

  @Test
  @DisplayName("rejects a negative price (fails by design)")
  void rejectsNegative() {
    assertEquals(-1, Math.max(0, -1), "a negative price is clamped to 0");
  }

  @ParameterizedTest(name = "{0} plus {1} is {2}")
  @CsvSource({"1, 2, 3", "2, 2, 4"})
  void sums(int a, int b, int sum) {
    prices.add(a);
    prices.add(b);
    assertEquals(sum, total());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5})
  @DisplayName("keeps a positive price")
  void keepsPositive(int price) {
    assertTrue(price > 0);
  }

  @RepeatedTest(value = 2, name = "round {currentRepetition} of {totalRepetitions}")
  void repeats() {
    assertEquals(0, total());
  }

  @Nested
  @DisplayName("when empty")
  class WhenEmpty {

    @Test
    @DisplayName("totals zero")
    void totalsZero() {
      assertEquals(0, total());
    }

    @Test
    void hasNoItems() {
      assertTrue(prices.isEmpty());
    }
  }

  private int total() {
    return prices.stream().mapToInt(Integer::intValue).sum();
  }
}
