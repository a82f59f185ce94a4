package com.example.jvms;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Counts the test classes that ran in this JVM: each test class of the example asserts that it is
 * the first, which holds only when every class has a JVM of its own (Surefire's reuseForks=false).
 */
final class FirstClassInItsJvm {

  private static String first;

  private FirstClassInItsJvm() {}

  /** Fails when another test class ran in this JVM before {@code testClass}. */
  static synchronized void check(Class<?> testClass) {
    if (first == null) {
      first = testClass.getName();
    }
    assertEquals(testClass.getName(), first, "another test class ran in this JVM first");
  }
}
