package com.acme;
import org.testng.annotations.Test;
import static org.testng.Assert.assertEquals;
public class CartTest {
  @Test public void adds() { assertEquals(1 + 1, 2); }
  @Test(groups = "broken") public void broken() { throw new AssertionError("broken group runs"); }
  @Test(groups = "fast") public void fast() { }
}
