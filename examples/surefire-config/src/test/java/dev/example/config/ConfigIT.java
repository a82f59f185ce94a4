package dev.example.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * An integration test: Surefire leaves it to Failsafe (whose defaults include {@code *IT}), which
 * sets its own system property. {@code mvn verify} and {@code testshard run --failsafe} run it.
 */
class ConfigIT {

  @Test
  void failsafesOwnSystemProperty() {
    assertEquals("from failsafe", System.getProperty("example.failsafe"));
  }

  @Test
  void failsafeKeepsTheArgLineItIsGiven() {
    assertEquals("from failsafe's argLine", System.getProperty("example.failsafe.argline"));
  }
}
