package dev.testshard.agent;

import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.EventType;
import java.util.Arrays;
import java.util.Base64;

/**
 * Sends this JVM's JaCoCo execution data as {@code file} events, for a backend that cannot copy the
 * agent's destfile out of the container after it ends (a Kubernetes pod built from scratch has no
 * tar for {@code kubectl cp}, and its file system goes with it). The data comes from JaCoCo's own
 * runtime API ({@code org.jacoco.agent.rt.RT}, on the system class path because {@code -javaagent}
 * puts the agent's jar there), read without a reset: what the agent's exit hook would write.
 */
final class CoverageSender {

  /**
   * Raw bytes per event: 8 KiB, under 11 KiB in Base64 with the event around it, a log line that no
   * container runtime splits (Docker's json-file log and containerd's split lines at 16 KiB).
   */
  static final int PART_BYTES = 8 * 1024;

  private CoverageSender() {}

  /** Sends the coverage when {@code args} ask for it; a warning event when there is none. */
  static void sendIfAsked(AgentArgs args, EventStream events) {
    if (args.sendCoverage() == null) {
      return;
    }
    byte[] data;
    try {
      ClassLoader system = ClassLoader.getSystemClassLoader();
      Object agent =
          Class.forName("org.jacoco.agent.rt.RT", true, system).getMethod("getAgent").invoke(null);
      data =
          (byte[])
              Class.forName("org.jacoco.agent.rt.IAgent", true, system)
                  .getMethod("getExecutionData", boolean.class)
                  .invoke(agent, false);
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      events.emit(
          EventStream.event(EventType.WARNING)
              .put(
                  EventField.MESSAGE,
                  "no JaCoCo data to send as "
                      + args.sendCoverage()
                      + ": the JaCoCo agent did not answer ("
                      + cause
                      + ")"));
      return;
    }
    send(args.sendCoverage(), data, events);
  }

  /** Sends {@code data} as {@code name} in parts of at most {@link #PART_BYTES} (at least one). */
  static void send(String name, byte[] data, EventStream events) {
    int parts = Math.max(1, (data.length + PART_BYTES - 1) / PART_BYTES);
    Base64.Encoder base64 = Base64.getEncoder();
    for (int part = 0; part < parts; part++) {
      int from = part * PART_BYTES;
      byte[] bytes = Arrays.copyOfRange(data, from, Math.min(data.length, from + PART_BYTES));
      events.emit(
          EventStream.event(EventType.FILE)
              .put(EventField.NAME, name)
              .put(EventField.DATA, base64.encodeToString(bytes))
              .put(EventField.PART, part + 1)
              .put(EventField.PARTS, parts));
    }
  }
}
