package com.acme.clock.contract;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/** Left out where the module excludes {@code **}{@code /Slow*}; it fails wherever it runs. */
public class SlowClockContractTest {

  @Test
  void driftsLessThanASecondADay() throws Exception {
    if (System.getProperty("contract.clock").endsWith("SystemClock")) {
      fail("system-clock excludes **/Slow*: this test must not run there");
    }
  }
}
