package x;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The same class name as in module b, with a test of the same name. */
class SameTest {

  @Test
  void runsWithItsOwnModule() {
    assertEquals("a", Module.NAME);
  }
}
