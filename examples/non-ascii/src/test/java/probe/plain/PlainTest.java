package probe.plain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTest {

  @Test
  void passes() {
    assertTrue(true);
  }
}
