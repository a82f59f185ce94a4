package dev.testshard.runner.execution;

import dev.testshard.runner.protocol.AgentEventSink;
import dev.testshard.runner.results.ContainerExit;
import dev.testshard.runner.results.ShardResult;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * One shard's or worker's unit on a {@link ShardRuntime}: its agent and, beside it, its services.
 * The executor calls {@link #run} at most once (not at all when the services failed), {@link #feed}
 * only from the events {@code run} delivers, {@link #kill} from any thread, and always {@link
 * #release} last.
 */
public interface ShardUnit {

  /** Why the unit's services did not become ready (its tests cannot run), or null. */
  String servicesFailure();

  /**
   * Starts the agent and runs it to its end: protocol events to {@code events} in order, every
   * other line of its output to {@code log}; then copies its results directory into {@code
   * resultsDir}. Blocks until the agent has ended. A failure of the backend (cannot create, follow
   * or wait for the unit) does not throw: it is returned as {@link ContainerExit#failed}.
   *
   * @param onStarted told the unit's name (a container id, a pod name) once the agent runs, so that
   *     a deadline can stop it from then on
   */
  ContainerExit run(
      AgentEventSink events, OutputStream log, Path resultsDir, Consumer<String> onStarted);

  /**
   * Hands batch {@code number} to a worker's agent: these classes, or {@code STOP} when there are
   * none. A unit that has ended ignores it; its accounting shows what it never finished.
   */
  void feed(long number, List<String> classNames);

  /** Stops the agent at once; nothing happens when it is not running. */
  void kill();

  /**
   * Removes the unit and its services. When the shard did not pass, the services' logs are saved
   * first, and with {@code --keep-on-failure} the services are left running instead.
   */
  void release(ShardResult result);
}
