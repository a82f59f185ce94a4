package com.example.menu.beta;

import static org.junit.Assert.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * As alpha's MenuTest, from this module's own settings: the file that the system property {@code
 * probe.sizes} names (three sizes), {@code PROBE_COLOURS} (one colour) and {@code local.txt} in the
 * working directory that the POM sets ({@code data}, two lines): six tests, where alpha has five.
 */
@RunWith(Parameterized.class)
public class MenuTest {

  @Parameters(name = "{0}")
  public static Collection<String> items() throws Exception {
    String sizes = System.getProperty("probe.sizes");
    String colours = System.getenv("PROBE_COLOURS");
    Path local = Path.of("local.txt");
    if (sizes == null || colours == null || !Files.exists(local)) {
      throw new IllegalStateException(
          "beta's Surefire settings are missing: probe.sizes=" + sizes
              + ", PROBE_COLOURS=" + colours + ", working directory " + Path.of("").toAbsolutePath());
    }
    List<String> items = new ArrayList<>();
    Files.readAllLines(Path.of(sizes)).forEach(size -> items.add("size=" + size));
    List.of(colours.split(",")).forEach(colour -> items.add("colour=" + colour));
    Files.readAllLines(local).forEach(line -> items.add("data=" + line));
    return items;
  }

  private final String item;

  public MenuTest(String item) {
    this.item = item;
  }

  @Test
  public void isNamed() {
    assertFalse(item, item.endsWith("="));
  }
}
