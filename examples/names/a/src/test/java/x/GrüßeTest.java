package x;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A class name outside ASCII, with a nested class (GrüßeTest$Draußen). */
class GrüßeTest {

  @Test
  void grüßt() {
    assertEquals("a", Module.NAME);
  }

  @Nested
  class Draußen {

    @Test
    void läuft() {
      assertEquals(5, "ßüäöé".length());
    }
  }
}
