package probe.ünï;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ÜmlautTest {

  @Test
  void grüßt() {
    assertEquals("Grüße", "Gr" + "üße");
  }

  @Test
  void zählt() {
    assertEquals(3, "äöü".length());
  }

  @Test
  void schlägtFehl() {
    assertEquals("ä", "a", "ümlaut failure");
  }
}
