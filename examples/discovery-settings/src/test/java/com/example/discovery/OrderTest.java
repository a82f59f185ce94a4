package com.example.discovery;

import static org.junit.Assert.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * The parameters, and so the tests' names, come from the POM's Surefire settings: JUnit 4 computes
 * them when the class is discovered, so discovery must see the argLine, the system properties and
 * the environment the tests see.
 */
@RunWith(Parameterized.class)
public class OrderTest {

  @Parameters(name = "{0}")
  public static List<Object[]> settings() {
    List<Object[]> settings = new ArrayList<>();
    settings.add(
        new Object[] {"flavour=" + required(System.getProperty("probe.flavour"), "probe.flavour")});
    settings.add(
        new Object[] {"topping=" + required(System.getProperty("probe.topping"), "probe.topping")});
    settings.add(new Object[] {"size=" + required(System.getenv("PROBE_SIZE"), "PROBE_SIZE")});
    // Only where testshard.yaml's env sets it (PlanIT does; Surefire has no such setting).
    String extra = System.getenv("PROBE_EXTRA");
    if (extra != null) {
      settings.add(new Object[] {"extra=" + extra});
    }
    return settings;
  }

  private static String required(String value, String name) {
    if (value == null) {
      throw new IllegalStateException(name + " is not set: the POM's Surefire settings are missing");
    }
    return value;
  }

  private final String setting;

  public OrderTest(String setting) {
    this.setting = setting;
  }

  @Test
  public void isSet() {
    assertNotNull(setting);
  }
}
