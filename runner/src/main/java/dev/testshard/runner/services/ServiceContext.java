package dev.testshard.runner.services;

import dev.testshard.runner.common.ResourceLimits;
import dev.testshard.runner.config.ProjectConfig;
import dev.testshard.runner.docker.ContainerEngine;
import java.util.Map;
import java.util.Objects;

/**
 * What every shard's services share within one run.
 *
 * @param engine the container engine
 * @param config the services and the tests' environment
 * @param runId the run's id
 * @param labels the run's labels, put on every network and container
 * @param testImage the run's image (probes and setup steps run in it)
 * @param agentPath the agent's code in that image
 * @param hostEnv testshard's own environment, for {@code ${env.NAME}}
 * @param limits the limits of test containers, also applied to setup steps run in the test image
 */
public record ServiceContext(
    ContainerEngine engine,
    ProjectConfig config,
    String runId,
    Map<String, String> labels,
    String testImage,
    String agentPath,
    Map<String, String> hostEnv,
    ResourceLimits limits) {

  public ServiceContext {
    Objects.requireNonNull(engine, "engine");
    labels = Map.copyOf(labels);
    hostEnv = Map.copyOf(hostEnv);
  }

  public boolean hasServices() {
    return !config.services().isEmpty();
  }
}
