package dev.example.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Each test passes only when one setting of the POM reached the test JVM. */
class JvmSettingsTest {

  @Test
  void addOpensFromTheArgLineOfAProfile() throws Exception {
    Field value = String.class.getDeclaredField("value");
    value.setAccessible(true); // InaccessibleObjectException without --add-opens java.base/java.lang
    assertTrue(value.canAccess("text"));
  }

  @Test
  void systemPropertyFromTheArgLine() {
    assertEquals("from argLine", System.getProperty("example.argline"));
  }

  @Test
  void systemPropertyVariables() {
    assertEquals("from systemPropertyVariables", System.getProperty("example.sysprop"));
  }

  @Test
  void aPathInASystemPropertyPointsAtTheModule() {
    assertTrue(new File(System.getProperty("example.basedir"), "pom.xml").isFile());
  }

  @Test
  void theForkNumberIsReplaced() {
    String fork = System.getProperty("example.fork");
    assertTrue(fork != null && fork.matches("fork-[1-9][0-9]*"), "fork number: " + fork);
  }

  @Test
  void environmentVariables() {
    assertEquals("from environmentVariables", System.getenv("EXAMPLE_ENV"));
  }

  @Test
  void workingDirectory() throws Exception {
    assertEquals(
        "the working directory is src/test/work",
        Files.readString(Path.of("marker.txt")).strip());
  }

  @Test
  void jacocoInstrumentsTheCodeUnderTest() {
    assertEquals(5, Calculator.add(2, 3));
    assertTrue(
        Arrays.stream(Calculator.class.getDeclaredMethods())
            .anyMatch(m -> m.getName().equals("$jacocoInit")),
        "the JaCoCo agent from @{argLine} instruments Calculator");
  }
}
