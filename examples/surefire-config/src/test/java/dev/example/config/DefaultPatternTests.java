package dev.example.config;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/**
 * Matches Surefire's default includes ({@code *Tests}) but not this POM's, which replace them: it
 * must not run.
 */
class DefaultPatternTests {

  @Test
  void mustNotRun() {
    fail("DefaultPatternTests ran, but the POM's includes do not select it");
  }
}
