package dev.testshard.runner.kubernetes;

import dev.testshard.runner.config.ServiceOrder;
import dev.testshard.runner.config.ServiceSpec;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.services.ReadinessWait;
import dev.testshard.runner.services.ServiceFailure;
import dev.testshard.runner.services.ServiceSetup;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A shard's services in its pod, once the pod runs: each waited for by its readiness check and set
 * up, wave by wave as {@code depends_on} orders them, all through the API server (logs, exec), as
 * the local backend ({@code services.ShardServices}) does through the engine. TCP and HTTP checks
 * run the agent's probe inside the agent's container, which shares the pod's network with the
 * services, so they see the services as the tests will. Setup steps run inside the service, or
 * ({@code in: test}) in the agent's container, with the tests' environment.
 *
 * <p>All the pod's containers start together: unlike the local backend, a service does not wait for
 * those it depends on to be ready before it starts, only its check and setup do.
 */
final class PodServices {

  /** Extra time a probe gets beyond the check's own timeout to start its JVM and report. */
  private static final Duration PROBE_GRACE = Duration.ofSeconds(15);

  private final ClusterPods cluster;
  private final List<ServiceSpec> services;
  private final Map<String, PodManifest.PodService> containers;
  private final ServiceSetup setup;
  private final String agentPath;
  private final Path evidenceDir;
  private final String evidencePointer;

  /**
   * @param containers the pod's container of each service, by service name
   * @param evidenceDir where service logs go when something fails ({@code shards/<shard>/services})
   * @param evidencePointer {@code evidenceDir} as the report names it
   */
  PodServices(
      ClusterPods cluster,
      List<ServiceSpec> services,
      Map<String, PodManifest.PodService> containers,
      ServiceSetup setup,
      String agentPath,
      Path evidenceDir,
      String evidencePointer) {
    this.cluster = cluster;
    this.services = services;
    this.containers = containers;
    this.setup = setup;
    this.agentPath = agentPath;
    this.evidenceDir = evidenceDir;
    this.evidencePointer = evidencePointer;
  }

  /**
   * Waits for every service of the running pod {@code podName} and runs its setup steps.
   *
   * @return why the services are not ready (with where their logs are), or null when they are
   */
  String start(String podName, BooleanSupplier stopped) {
    try {
      for (List<ServiceSpec> wave : ServiceOrder.waves(services)) {
        for (ServiceSpec service : wave) {
          new ReadinessWait(service, target(podName, service), stopped).await();
          setup.runSteps(
              service,
              (step, command, limit) ->
                  cluster.exec(
                      podName,
                      step.inTestImage()
                          ? PodManifest.CONTAINER
                          : containers.get(service.name()).containerName(),
                      command,
                      limit),
              evidenceDir);
        }
      }
      return null;
    } catch (ServiceFailure e) {
      return e.getMessage() + " (logs: " + evidencePointer + "/)";
    }
  }

  /** Saves every service's log beside the shard's output; returns their last lines. */
  List<String> saveEvidence(String podName, String shardId) {
    List<String> tails = new ArrayList<>();
    for (ServiceSpec service : services) {
      tails.addAll(
          ServiceSetup.saveLog(
              shardId,
              service.name(),
              cluster.logs(podName, containers.get(service.name()).containerName(), 20_000),
              evidenceDir,
              evidencePointer));
    }
    return tails;
  }

  private ReadinessWait.Service target(String podName, ServiceSpec service) {
    String container = containers.get(service.name()).containerName();
    return new ReadinessWait.Service() {
      @Override
      public Optional<Integer> exitCode() {
        Pod pod = cluster.pod(podName).get();
        if (pod == null || pod.getMetadata().getDeletionTimestamp() != null) {
          return Optional.of(137);
        }
        for (ContainerStatus status : PodState.statuses(pod)) {
          if (container.equals(status.getName())
              && status.getState() != null
              && status.getState().getTerminated() != null) {
            return Optional.ofNullable(status.getState().getTerminated().getExitCode());
          }
        }
        return Optional.empty();
      }

      @Override
      public String host() {
        return service.name();
      }

      @Override
      public String logs(int lines) {
        return cluster.logs(podName, container, lines);
      }

      @Override
      public CommandResult exec(List<String> command, Duration limit) {
        ContainerEngine.ExecResult result = cluster.exec(podName, container, command, limit);
        return new CommandResult(result.exitCode(), result.output());
      }

      @Override
      public String probe(List<String> arguments, Duration timeout) {
        return ReadinessWait.probeAnswer(
            cluster.exec(
                podName,
                PodManifest.CONTAINER,
                ReadinessWait.probeCommand(agentPath, arguments),
                timeout.plus(PROBE_GRACE)));
      }
    };
  }

  /** A service's container in the pod: its command and environment with the shard's templates. */
  static PodManifest.PodService podService(ServiceSpec service, ServiceSetup setup, String image) {
    return new PodManifest.PodService(
        service.name(), image, setup.command(service), setup.environment(service));
  }
}
