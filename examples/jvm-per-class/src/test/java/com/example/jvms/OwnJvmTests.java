package com.example.jvms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The tests of each class of the example (not a test class itself: its name matches no include). */
abstract class OwnJvmTests {

  @Test
  void isTheFirstClassInItsJvm() {
    FirstClassInItsJvm.check(getClass());
  }

  /** The class's JVM has the module's system properties, the fork number replaced. */
  @Test
  void hasTheModulesSystemProperties() {
    String fork = System.getProperty("example.fork");
    assertTrue(fork != null && fork.matches("fork-[0-9]+"), "example.fork=" + fork);
  }
}
