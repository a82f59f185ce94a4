package dev.testshard.agent.selectionfixtures;

import org.junit.jupiter.api.Test;

/** A test class with a static nested test class, which engines treat as a class of its own. */
public class OuterFixture {

  @Test
  void outer() {}

  /** Nested by name only. */
  public static class StaticNestedFixture {

    @Test
    void nested() {}
  }
}
