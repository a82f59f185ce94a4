package com.acme.clock.contract;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/**
 * Matches Surefire's default include {@code **}{@code /*Tests.java} but sits in the contract's main
 * classes: a module that scans the contract runs it, the contract module itself does not.
 */
public class ContractSupportTests {

  @Test
  void runsOnlyWhereAClockIsUnderTest() {
    if (System.getProperty("contract.clock") == null) {
      fail("the contract module has no tests of its own: nothing should run it");
    }
  }
}
