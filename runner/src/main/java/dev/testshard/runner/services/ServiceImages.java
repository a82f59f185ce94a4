package dev.testshard.runner.services;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.config.ProjectConfig;
import dev.testshard.runner.config.ServiceSpec;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.EngineException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/** Makes sure every service image is there before the first shard starts: pulls what is missing. */
public final class ServiceImages {

  private ServiceImages() {}

  /**
   * @throws TestshardException (exit 4) naming the service whose image is neither local nor
   *     pullable
   */
  public static void ensure(ContainerEngine engine, ProjectConfig config, Consumer<String> say) {
    Set<String> checked = new LinkedHashSet<>();
    for (ServiceSpec service : config.services()) {
      if (!checked.add(service.image()) || engine.imageId(service.image()).isPresent()) {
        continue;
      }
      say.accept("pulling " + service.image() + " for service " + service.name());
      try {
        engine.pull(service.image());
      } catch (EngineException e) {
        throw new TestshardException(
            ExitCodes.INFRASTRUCTURE,
            "service "
                + service.name()
                + ": image "
                + service.image()
                + " is not on this engine and could not be pulled ("
                + e.getMessage()
                + ")",
            e);
      }
    }
  }
}
