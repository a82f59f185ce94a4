package com.example.shop.orders.flow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Not among Surefire's default includes: runs only when a test pattern names it (*IT). */
class OrderFlowIT {

  @Test
  @Tag("slow")
  void placesOrder() {
    assertTrue("placed".startsWith("pl"));
  }

  @Test
  void cancelsOrder() {
    assertTrue("cancelled".endsWith("ed"));
  }
}
