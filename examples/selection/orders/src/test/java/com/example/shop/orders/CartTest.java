package com.example.shop.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CartTest {

  @Test
  @Tag("fast")
  void adds() {
    assertEquals(3, 1 + 2);
  }

  @Test
  @Tag("fast")
  void removes() {
    assertEquals(1, 3 - 2);
  }

  @Test
  @Tag("slow")
  @Tag("db")
  void persists() {
    assertEquals("cart", "CART".toLowerCase());
  }

  @ParameterizedTest
  @Tag("fast")
  @ValueSource(ints = {1, 2, 3})
  void sums(int quantity) {
    assertEquals(quantity * 2, quantity + quantity);
  }
}
