package com.acme.clock.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What every clock must do; it runs in each module that scans this one. */
public class ClockContractTest {

  @Test
  void neverGoesBack() throws Exception {
    Clock clock = Clocks.underTest();
    long first = clock.millis();
    assertTrue(clock.millis() >= first);
  }

  @Test
  void isAfterTheYear2000() throws Exception {
    assertTrue(Clocks.underTest().millis() > 946_684_800_000L);
  }
}
