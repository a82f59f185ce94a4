package probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnvironmentProbeTest {

  @BeforeEach
  void onlyInsideTestshard() {
    Probe.insideTestshard();
  }

  @Test
  void environmentOfTheConfigurationFile() {
    assertEquals("from-testshard-yaml", Probe.show("PROBE_ENV", System.getenv("PROBE_ENV")));
    assertEquals(
        System.getenv("TESTSHARD_SHARD"), Probe.show("PROBE_SHARD", System.getenv("PROBE_SHARD")));
  }

  @Test
  void surefireSettingsOfThePom() {
    assertEquals("from-pom", Probe.show("PROBE_POM_ENV", System.getenv("PROBE_POM_ENV")));
    assertEquals("from-argline", Probe.show("probe.argline", System.getProperty("probe.argline")));
    assertEquals("from-pom", Probe.show("probe.sysprop", System.getProperty("probe.sysprop")));
  }
}
