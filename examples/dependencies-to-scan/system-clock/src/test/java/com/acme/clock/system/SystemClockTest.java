package com.acme.clock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SystemClockTest {

  @Test
  void followsTheSystemClock() {
    long before = System.currentTimeMillis();
    long millis = new SystemClock().millis();
    assertEquals(before, millis, 1_000);
  }
}
