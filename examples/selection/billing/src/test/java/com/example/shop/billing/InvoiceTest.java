package com.example.shop.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class InvoiceTest {

  @Test
  @Tag("fast")
  void numbers() {
    assertEquals("INV-7", "INV-" + 7);
  }

  @Test
  @Tag("slow")
  void renders() {
    assertEquals(5, "<pdf>".length());
  }

  @Test
  void archives() {
    assertEquals(0, "".length());
  }

  @Nested
  @Tag("fast")
  class Totals {
    @Test
    void addsTax() {
      assertEquals(119, 100 + 19);
    }
  }
}
