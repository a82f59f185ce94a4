package com.example.shop.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class PaymentIT {

  @Test
  @Tag("db")
  void pays() {
    assertEquals(10, 5 * 2);
  }
}
