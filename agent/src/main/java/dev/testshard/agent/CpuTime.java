package dev.testshard.agent;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * The CPU time this JVM has used, all its threads (the tests', the JIT compiler's, the garbage
 * collector's), for the {@code finished} event's {@code cpuSeconds}: what a shard cost beside how
 * long it took. Not the processes the tests start.
 */
final class CpuTime {
  private CpuTime() {}

  /**
   * This JVM's CPU time in seconds, or -1 where the JVM does not tell it: a runtime without the
   * {@code jdk.management} module (a trimmed base image, {@code --limit-modules} in the argLine)
   * has no {@code com.sun.management}, which must not cost the shard its final event.
   */
  static double ofThisJvm() {
    try {
      OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
      if (os instanceof com.sun.management.OperatingSystemMXBean hotspot) {
        long nanos = hotspot.getProcessCpuTime();
        return nanos < 0 ? -1 : nanos / 1e9;
      }
    } catch (LinkageError | RuntimeException notThere) {
      // no CPU time then
    }
    return -1;
  }
}
