package dev.testshard.agent.selectionfixtures;

import org.junit.Test;

/** A JUnit 4 class, which the Vintage engine runs. */
public class VintageFixture {

  @Test
  public void alpha() {}

  @Test
  public void beta() {}
}
