package x;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The same class name as in module a, with a test of the same name and one that fails. */
class SameTest {

  @Test
  void runsWithItsOwnModule() {
    assertEquals("b", Module.NAME);
  }

  @Test
  void failsOnlyInB() {
    assertEquals("a", Module.NAME, "fails in module b by design");
  }
}
