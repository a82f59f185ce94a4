package com.acme;
import org.testng.annotations.Test;
public class UnlistedTest {
  @Test public void mustNotRun() { throw new AssertionError("not in the suite"); }
}
