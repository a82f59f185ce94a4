package dev.testshard.agent.selectionfixtures;

import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** A JUnit 4 parameterized class, whose invocations JUnit 4 names {@code test[0]}, ... */
@RunWith(Parameterized.class)
public class ParameterizedVintageFixture {

  @Parameters
  public static List<Integer> values() {
    return List.of(1, 2);
  }

  private final int value;

  public ParameterizedVintageFixture(int value) {
    this.value = value;
  }

  @Test
  public void test() {
    assertTrue(value > 0);
  }
}
