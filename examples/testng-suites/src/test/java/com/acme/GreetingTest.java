package com.acme;

import static org.testng.Assert.assertEquals;

import org.testng.annotations.Parameters;
import org.testng.annotations.Test;

/** Reads the suite's {@code <parameter>}s: without them TestNG fails the test before it runs. */
public class GreetingTest {

  @Test
  @Parameters({"greeting", "name"})
  public void greets(String greeting, String name) {
    assertEquals(greeting + ", " + name, "hello, shop");
  }
}
