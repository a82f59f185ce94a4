package dev.testshard.runner.protocol;

/**
 * Receives a running agent's protocol events, in order, on the one thread that reads them (a
 * container's or pod's output). Whatever runs the agent calls it (a backend's unit, discovery).
 */
public interface AgentEventSink {

  void event(AgentEvent event);

  /** A line that carried the protocol prefix but could not be read. */
  void protocolError(String message);
}
