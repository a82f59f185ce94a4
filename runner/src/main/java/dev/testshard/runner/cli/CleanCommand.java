package dev.testshard.runner.cli;

import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.DockerJavaEngine;
import dev.testshard.runner.docker.EngineException;
import dev.testshard.runner.exec.RunResources;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code testshard clean}: removes everything labelled {@code dev.testshard=true}. */
@Command(
    name = "clean",
    mixinStandardHelpOptions = true,
    description =
        "Remove every container, network and image labelled dev.testshard=true, including the"
            + " cached base and dependency images.")
final class CleanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--stacktrace", description = "Show stack traces of errors.")
  boolean stacktrace;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ContainerEngine engine = DockerJavaEngine.fromEnvironment()) {
      engine.ping();
      ContainerEngine.LabelledResources found = engine.findLabelled(RunResources.LABEL, "true");
      found.containers().forEach(engine::removeContainer);
      found.networks().forEach(engine::removeNetwork);
      // Children before parents: a run image depends on a dependency image, which depends on a
      // base image. Retry what failed until a pass removes nothing more.
      List<String> images = new ArrayList<>(found.images());
      boolean progress = true;
      while (!images.isEmpty() && progress) {
        progress = false;
        for (String image : List.copyOf(images)) {
          try {
            engine.removeImage(image);
            images.remove(image);
            progress = true;
          } catch (EngineException e) {
            // has a child still; the next pass gets it
          }
        }
      }
      out.printf(
          "removed %d containers, %d networks, %d images%n",
          found.containers().size(),
          found.networks().size(),
          found.images().size() - images.size());
      if (!images.isEmpty()) {
        throw new EngineException("could not remove images " + images, null);
      }
      return 0;
    }
  }
}
