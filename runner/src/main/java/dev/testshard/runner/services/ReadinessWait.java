package dev.testshard.runner.services;

import dev.testshard.agent.protocol.AgentMode;
import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.EventType;
import dev.testshard.runner.common.Durations;
import dev.testshard.runner.common.ResourceLimits;
import dev.testshard.runner.config.Readiness;
import dev.testshard.runner.config.ReadinessTarget;
import dev.testshard.runner.config.ServiceSpec;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.ContainerSpec;
import dev.testshard.runner.protocol.AgentEvent;
import dev.testshard.runner.protocol.EventPieces;
import dev.testshard.runner.snapshot.AgentCommand;
import dev.testshard.runner.snapshot.ContainerLayout;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Waits until one service is ready by its check, or fails with why not: the timeout passed, or the
 * service's container exited first. The check ({@link Readiness}) makes each attempt against a
 * {@link Service}, which each backend implements: over the engine ({@link #onEngine}: TCP and HTTP
 * checks run in a probe container on the shard's network, so they see the service exactly as the
 * tests will, with a remote engine too; log checks read the container's output; command checks run
 * inside it), or over a pod's API (the Kubernetes backend).
 */
public final class ReadinessWait {

  /** Extra time the probe container gets beyond the check's own timeout to start and report. */
  private static final Duration PROBE_GRACE = Duration.ofSeconds(15);

  /** A running service as its check sees it, and how its container ended, if it did. */
  public interface Service extends ReadinessTarget {
    /** The exit code of the service's container once it has ended, else empty. */
    Optional<Integer> exitCode();

    @Override
    default boolean running() {
      return exitCode().isEmpty();
    }
  }

  private final ServiceSpec service;
  private final Service target;
  private final BooleanSupplier stopped;
  private final Readiness ready;
  private final long deadline;

  /**
   * @param stopped whether the run is being stopped: waiting ends at once
   */
  public ReadinessWait(ServiceSpec service, Service target, BooleanSupplier stopped) {
    this.service = service;
    this.target = target;
    this.stopped = stopped;
    this.ready = service.ready();
    this.deadline = System.nanoTime() + ready.timeout().toNanos();
  }

  public void await() throws ServiceFailure {
    String lastAnswer = ready.repeated() ? poll() : ready.attempt(target, remaining());
    if (lastAnswer == null) {
      return;
    }
    Optional<Integer> exit = target.exitCode();
    if (exit.isPresent()) {
      throw new ServiceFailure(
          "service " + service.name() + " exited with code " + exit.get() + " before it was ready");
    }
    if (stopped.getAsBoolean()) {
      throw new ServiceFailure("service " + service.name() + " not ready: the run was stopped");
    }
    throw new ServiceFailure(
        "service "
            + service.name()
            + " was not ready after "
            + Durations.format(ready.timeout())
            + " ("
            + ready.describe()
            + (lastAnswer.isEmpty() ? "" : ": " + lastAnswer)
            + ")");
  }

  private Duration remaining() {
    return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
  }

  /**
   * Repeats the check while the service runs until it answers null (ready); returns its last answer
   * when it gives up.
   */
  private String poll() {
    String answer = "";
    while (true) {
      if (!target.running() || stopped.getAsBoolean()) {
        return answer;
      }
      answer = ready.attempt(target, remaining());
      if (answer == null) {
        return null;
      }
      if (System.nanoTime() > deadline) {
        return answer;
      }
      sleep(ready.interval());
    }
  }

  /**
   * A service container on the engine, as its check sees it.
   *
   * @param network the shard's network, where probes run
   * @param created told the id of every probe container created
   */
  static Service onEngine(
      ServiceContext context,
      ServiceSpec service,
      String containerId,
      String network,
      Consumer<String> created,
      BooleanSupplier stopped) {
    ContainerEngine engine = context.engine();
    return new Service() {
      @Override
      public Optional<Integer> exitCode() {
        return engine.exitCode(containerId);
      }

      @Override
      public String host() {
        return service.name();
      }

      @Override
      public String logs(int lines) {
        return engine.logs(containerId, lines);
      }

      @Override
      public CommandResult exec(List<String> command, Duration limit) {
        ContainerEngine.ExecResult result = engine.exec(containerId, command, limit.toMillis());
        return new CommandResult(result.exitCode(), result.output());
      }

      @Override
      public String probe(List<String> arguments, Duration timeout) {
        Map<String, String> labels = new HashMap<>(context.labels());
        labels.put("dev.testshard.service", service.name() + "-probe");
        ContainerSpec spec =
            new ContainerSpec(
                null,
                context.testImage(),
                probeCommand(context.agentPath(), arguments),
                null,
                Map.of("HOME", "/tmp"),
                labels,
                ContainerLayout.USER,
                network,
                new ResourceLimits(256L << 20, 0, 256));
        ContainerEngine.ExecResult result =
            new OneOffContainer(context, created, () -> stopped.getAsBoolean() || !running())
                .run(spec, timeout.plus(PROBE_GRACE));
        return probeAnswer(result);
      }
    };
  }

  /** The agent's probe command line, with the agent's code at {@code agentPath}. */
  public static List<String> probeCommand(String agentPath, List<String> arguments) {
    return AgentCommand.classPath(agentPath, List.of("-XX:TieredStopAtLevel=1", "-Xmx64m"))
        .mode(AgentMode.PROBE, arguments);
  }

  /**
   * What a probe's exit and output say: null when it reported ready, else its last answer (empty
   * when it gave none).
   */
  public static String probeAnswer(ContainerEngine.ExecResult result) {
    if (result.exitCode() == 0) {
      return null;
    }
    String answer = "";
    EventPieces pieces = new EventPieces();
    for (String line : result.output().split("\n")) {
      if (pieces.hold(line)) {
        continue; // a long answer (a stack trace, say) comes in pieces
      }
      Optional<AgentEvent> event = parse(pieces.complete(line));
      if (event.isPresent() && event.get().is(EventType.PROBE)) {
        answer = event.get().text(EventField.MESSAGE);
      }
    }
    return answer;
  }

  private static Optional<AgentEvent> parse(String line) {
    try {
      return AgentEvent.parse(line);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
