package com.example.menu.alpha;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * One parameter set per line of the file that the argLine's {@code probe.sizes} names, per colour
 * of the environment's {@code PROBE_COLOURS}, and per line of {@code local.txt} in the working
 * directory: this module's settings give five. JUnit 4 computes them when the class is discovered,
 * so the tests known before execution are right only when this module's discovery has this
 * module's settings.
 */
@RunWith(Parameterized.class)
public class MenuTest {

  @Parameters(name = "{0}")
  public static List<Object[]> items() throws IOException {
    List<Object[]> items = new ArrayList<>();
    String sizes = System.getProperty("probe.sizes");
    if (sizes == null) {
      throw new IllegalStateException("probe.sizes is not set: the argLine is missing");
    }
    for (String size : Files.readAllLines(Path.of(sizes))) {
      items.add(new Object[] {"size=" + size});
    }
    String colours = System.getenv("PROBE_COLOURS");
    if (colours == null) {
      throw new IllegalStateException("PROBE_COLOURS is not set: the environment is missing");
    }
    for (String colour : colours.split(",")) {
      items.add(new Object[] {"colour=" + colour});
    }
    // Relative: the module directory, Surefire's default working directory.
    for (String line : Files.readAllLines(Path.of("local.txt"))) {
      items.add(new Object[] {"local=" + line});
    }
    return items;
  }

  private final String item;

  public MenuTest(String item) {
    this.item = item;
  }

  @Test
  public void hasAValue() {
    assertTrue(item, item.indexOf('=') < item.length() - 1);
  }
}
