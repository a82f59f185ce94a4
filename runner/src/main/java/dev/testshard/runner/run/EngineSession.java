package dev.testshard.runner.run;

import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.DockerJavaEngine;
import dev.testshard.runner.engine.RunResources;
import dev.testshard.runner.engine.StaleRuns;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * One run's connection to the engine and its labelled resources. Closing it removes what the run
 * created; a shutdown hook does the same when the CLI is interrupted (Ctrl-C, SIGTERM).
 */
public final class EngineSession implements AutoCloseable {

  private final ContainerEngine engine;
  private final RunResources resources;
  private final Thread shutdownHook;

  private final int staleRemoved;
  private volatile boolean interrupted;

  private EngineSession(ContainerEngine engine, RunResources resources, int staleRemoved) {
    this.engine = engine;
    this.resources = resources;
    this.staleRemoved = staleRemoved;
    this.shutdownHook =
        new Thread(
            () -> {
              // Mark first: the run's threads keep going while hooks run, and must not write a
              // report of a run that was cut short.
              interrupted = true;
              cleanUp();
            },
            "testshard-shutdown-cleanup");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Connects and checks the engine (throws EngineUnavailableException when it does not answer), and
   * removes what killed runs left behind.
   */
  public static EngineSession open() {
    return open(false);
  }

  /**
   * As {@link #open()}; with {@code keepOnFailure} the run's resources are marked so that later
   * runs' automatic sweeps leave kept shards alone (only {@code testshard clean} removes them).
   */
  public static EngineSession open(boolean keepOnFailure) {
    ContainerEngine engine = DockerJavaEngine.fromEnvironment();
    int staleRemoved;
    try {
      engine.ping();
      staleRemoved = RunResources.removeStale(engine, staleRuns());
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
    return new EngineSession(
        engine, new RunResources(engine, newRunId(), keepOnFailure), staleRemoved);
  }

  public static StaleRuns staleRuns() {
    return StaleRuns.ofThisProcess();
  }

  /** Whether the CLI is shutting down (Ctrl-C, SIGTERM) while the run is in progress. */
  public boolean interrupted() {
    return interrupted;
  }

  /** How many resources of killed runs {@link #open()} removed. */
  public int staleRemoved() {
    return staleRemoved;
  }

  public ContainerEngine engine() {
    return engine;
  }

  public RunResources resources() {
    return resources;
  }

  /** A sortable, unique run id, e.g. {@code 20260115-100203-3fa9c1}. */
  static String newRunId() {
    byte[] random = new byte[3];
    new SecureRandom().nextBytes(random);
    return LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
        + "-"
        + HexFormat.of().formatHex(random);
  }

  // Synchronized: on Ctrl-C the hook and the main thread both get here, and the engine must not
  // be closed under the hook while it is still removing the run's resources.
  private synchronized void cleanUp() {
    resources.close();
    engine.close();
  }

  @Override
  public void close() {
    cleanUp();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down; the hook runs (idempotently) anyway
    }
  }
}
