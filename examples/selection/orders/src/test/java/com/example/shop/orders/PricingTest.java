package com.example.shop.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class PricingTest {

  @Test
  @Tag("fast")
  void discounts() {
    assertEquals(90, 100 - 10);
  }

  @Test
  @Tag("db")
  void loadsPrices() {
    assertEquals(2, "42".length());
  }
}
