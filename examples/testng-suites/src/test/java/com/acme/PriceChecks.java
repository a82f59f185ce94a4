package com.acme;
import org.testng.annotations.Test;
public class PriceChecks {
  @Test public void rounds() { }
  @Test public void roundsDown() { }
  @Test public void notSelected() { throw new AssertionError("not in the suite's methods"); }
}
