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
 * {@link ReadinessTarget} that this class implements over the engine. TCP and HTTP checks run in a
 * probe container on the shard's network (the agent's {@code probe} mode), so they see the service
 * exactly as the tests will, with a remote engine too; log checks read the container's output;
 * command checks run inside it.
 */
final class ReadinessWait {

  /** Extra time the probe container gets beyond the check's own timeout to start and report. */
  private static final Duration PROBE_GRACE = Duration.ofSeconds(15);

  private final ServiceContext context;
  private final ServiceSpec service;
  private final String containerId;
  private final String network;
  private final Consumer<String> created;
  private final BooleanSupplier stopped;
  private final Readiness ready;
  private final long deadline;

  ReadinessWait(
      ServiceContext context,
      ServiceSpec service,
      String containerId,
      String network,
      Consumer<String> created,
      BooleanSupplier stopped) {
    this.context = context;
    this.service = service;
    this.containerId = containerId;
    this.network = network;
    this.created = created;
    this.stopped = stopped;
    this.ready = service.ready();
    this.deadline = System.nanoTime() + ready.timeout().toNanos();
  }

  void await() throws ServiceFailure {
    String lastAnswer = ready.repeated() ? poll() : ready.attempt(target(), remaining());
    if (lastAnswer == null) {
      return;
    }
    Optional<Integer> exit = context.engine().exitCode(containerId);
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

  private boolean checkRunning() {
    return context.engine().exitCode(containerId).isEmpty();
  }

  private Duration remaining() {
    return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
  }

  /**
   * Repeats the check while the service runs until it answers null (ready); returns its last answer
   * when it gives up.
   */
  private String poll() {
    ReadinessTarget target = target();
    String answer = "";
    while (true) {
      if (!checkRunning() || stopped.getAsBoolean()) {
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

  /** The service as its check sees it, through the engine. */
  private ReadinessTarget target() {
    return new ReadinessTarget() {
      @Override
      public boolean running() {
        return checkRunning();
      }

      @Override
      public String host() {
        return service.name();
      }

      @Override
      public String logs(int lines) {
        return context.engine().logs(containerId, lines);
      }

      @Override
      public CommandResult exec(List<String> command, Duration limit) {
        ContainerEngine.ExecResult result =
            context.engine().exec(containerId, command, limit.toMillis());
        return new CommandResult(result.exitCode(), result.output());
      }

      @Override
      public String probe(List<String> arguments, Duration timeout) {
        return ReadinessWait.this.probe(arguments, timeout);
      }
    };
  }

  /** Runs the agent's probe on the shard's network; null when it reported ready. */
  private String probe(List<String> arguments, Duration timeout) {
    List<String> command =
        AgentCommand.classPath(context.agentPath(), List.of("-XX:TieredStopAtLevel=1"))
            .mode(AgentMode.PROBE, arguments);
    Map<String, String> labels = new HashMap<>(context.labels());
    labels.put("dev.testshard.service", service.name() + "-probe");
    ContainerSpec spec =
        new ContainerSpec(
            null,
            context.testImage(),
            command,
            null,
            Map.of("HOME", "/tmp"),
            labels,
            ContainerLayout.USER,
            network,
            new ResourceLimits(256L << 20, 0, 256));
    ContainerEngine.ExecResult result =
        new OneOffContainer(context, created, () -> stopped.getAsBoolean() || !checkRunning())
            .run(spec, timeout.plus(PROBE_GRACE));
    if (result.exitCode() == 0) {
      return null;
    }
    String answer = "";
    for (String line : result.output().split("\n")) {
      Optional<AgentEvent> event = parse(line);
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
