package x;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A top-level class whose name holds a dollar sign (not a nested class) and a non-ASCII letter. */
class Ça$VaTest {

  @Test
  void geht() {
    assertEquals("b", Module.NAME);
  }

  @Nested
  class Bien {

    @Test
    void merci() {
      assertEquals("b", Module.NAME);
    }
  }
}
