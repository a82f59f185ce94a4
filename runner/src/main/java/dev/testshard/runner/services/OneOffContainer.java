package dev.testshard.runner.services;

import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.ContainerSpec;
import dev.testshard.runner.docker.EngineException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs a short-lived container (a readiness probe, a setup step) to its end or a deadline, keeps
 * its output and always removes it. Polls instead of blocking on the engine's wait, so that a
 * deadline or a stopping run ends it promptly.
 */
final class OneOffContainer {

  private static final long POLL_MILLIS = 100;
  private static final int OUTPUT_LINES = 2000;

  private final ContainerEngine engine;
  private final Consumer<String> created;
  private final BooleanSupplier stopped;

  OneOffContainer(ServiceContext context, Consumer<String> created, BooleanSupplier stopped) {
    this.engine = context.engine();
    this.created = created;
    this.stopped = stopped;
  }

  /**
   * @return the exit code, -1 when the deadline passed or the run stopped first, and the output
   */
  ContainerEngine.ExecResult run(ContainerSpec spec, Duration timeout) {
    String id = engine.create(spec);
    created.accept(id);
    try {
      engine.start(id);
      long deadline = System.nanoTime() + timeout.toNanos();
      Optional<Integer> exit = engine.exitCode(id);
      while (exit.isEmpty() && System.nanoTime() < deadline && !stopped.getAsBoolean()) {
        sleep();
        exit = engine.exitCode(id);
      }
      return new ContainerEngine.ExecResult(exit.orElse(-1), engine.logs(id, OUTPUT_LINES));
    } finally {
      try {
        engine.removeContainer(id);
      } catch (EngineException e) {
        // the run's clean-up by label gets it
      }
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineException("interrupted", e);
    }
  }
}
