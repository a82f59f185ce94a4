package dev.testshard.runner.services;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.config.ProjectConfig;
import dev.testshard.runner.config.ServiceSpec;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.EngineException;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;

/** Makes sure every service image is there before the first shard starts: pulls what is missing. */
public final class ServiceImages {

  private ServiceImages() {}

  /**
   * @throws TestshardException (exit 4) naming the service whose image is neither local nor
   *     pullable
   */
  public static void ensure(ContainerEngine engine, ProjectConfig config, PrintWriter out) {
    Set<String> checked = new LinkedHashSet<>();
    for (ServiceSpec service : config.services()) {
      if (!checked.add(service.image()) || engine.imageId(service.image()).isPresent()) {
        continue;
      }
      out.println("pulling " + service.image() + " for service " + service.name());
      out.flush();
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
