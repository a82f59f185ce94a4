package probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fails on the first attempt, so that the settings are checked again in the re-run's container. */
class RerunProbeTest {

  @BeforeEach
  void onlyInsideTestshard() {
    Probe.insideTestshard();
  }

  @Test
  void settingsReachTheRerun() {
    assertNotEquals("1", Probe.show("TESTSHARD_ATTEMPT", System.getenv("TESTSHARD_ATTEMPT")));
    assertEquals("from-testshard-yaml", Probe.show("PROBE_ENV", System.getenv("PROBE_ENV")));
    assertEquals("from-argline", Probe.show("probe.argline", System.getProperty("probe.argline")));
    assertEquals(
        Probe.CPUS,
        Integer.parseInt(
            Probe.show("availableProcessors", Runtime.getRuntime().availableProcessors())));
  }
}
