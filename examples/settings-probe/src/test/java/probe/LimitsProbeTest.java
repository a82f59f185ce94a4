package probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LimitsProbeTest {

  @BeforeEach
  void onlyInsideTestshard() {
    Probe.insideTestshard();
  }

  @Test
  void heapIsSizedToTheMemoryLimit() {
    long max = Runtime.getRuntime().maxMemory();
    Probe.show("maxMemory", max);
    // testshard sizes the heap to 75% of the container's memory.
    assertTrue(max <= Probe.MEMORY_BYTES * 3 / 4, "heap " + max + " above 75% of the limit");
    assertTrue(max >= Probe.MEMORY_BYTES / 2, "heap " + max + " far below the limit");
  }

  @Test
  void processorsAreTheCpuLimit() {
    assertEquals(
        Probe.CPUS,
        Integer.parseInt(
            Probe.show("availableProcessors", Runtime.getRuntime().availableProcessors())));
  }

  @Test
  void processesAreLimited() throws Exception {
    Path v2 = Path.of("/sys/fs/cgroup/pids.max");
    Path file = Files.exists(v2) ? v2 : Path.of("/sys/fs/cgroup/pids/pids.max");
    assertEquals(Probe.PIDS_LIMIT, Probe.show("pids.max", Files.readString(file).strip()));
  }
}
