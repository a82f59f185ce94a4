package dev.testshard.runner.cli;

import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.DockerJavaEngine;
import dev.testshard.runner.docker.EngineException;
import dev.testshard.runner.engine.RunResources;
import dev.testshard.runner.engine.StaleRuns;
import dev.testshard.runner.kubernetes.ClusterSweep;
import dev.testshard.runner.kubernetes.KubernetesShardRuntime;
import dev.testshard.runner.run.EngineSession;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code testshard clean}: removes everything labelled {@code dev.testshard=true}. */
@Command(
    name = "clean",
    mixinStandardHelpOptions = true,
    description =
        "Remove every container, network and image labelled dev.testshard=true, including the"
            + " cached base and dependency images; resources of runs still in progress are kept.")
final class CleanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--stacktrace", description = "Show stack traces of errors.")
  boolean stacktrace;

  @Option(
      names = "--kubernetes",
      description =
          "Instead of the local engine, clean the cluster (the kubeconfig's, as run --kubernetes"
              + " uses it): delete the pods and network policies of runs that are over.")
  boolean kubernetes;

  @Mixin ClusterChoice cluster = new ClusterChoice();

  @Override
  public Integer call() {
    if (!kubernetes && cluster.givenOption() != null) {
      throw TestshardException.badValue(cluster.givenOption(), "only with --kubernetes");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (kubernetes) {
      ClusterSweep swept = KubernetesShardRuntime.clean(cluster.context, cluster.namespace);
      out.printf(
          "removed %d pods, %d network policies from the cluster%s%n",
          swept.pods(),
          swept.policies(),
          swept.keptPods() == 0
              ? ""
              : "; kept " + swept.keptPods() + " pods of runs that may still be in progress");
      return 0;
    }
    try (ContainerEngine engine = DockerJavaEngine.fromEnvironment()) {
      engine.ping();
      // Everything labelled, except what a live run (its CLI still running) owns.
      StaleRuns stale = EngineSession.staleRuns();
      List<ContainerEngine.Resource> doomed = new ArrayList<>();
      int live = 0;
      for (ContainerEngine.Resource resource : engine.listLabelled(RunResources.LABEL)) {
        boolean ofLiveRun =
            resource.labels().containsKey(RunResources.RUN_LABEL) && !stale.isStale(resource);
        if (ofLiveRun) {
          live++;
        } else {
          doomed.add(resource);
        }
      }
      int containers = 0;
      int networks = 0;
      List<String> images = new ArrayList<>();
      for (ContainerEngine.Resource resource : doomed) {
        switch (resource.kind()) {
          case CONTAINER -> {
            engine.removeContainer(resource.id());
            containers++;
          }
          case NETWORK -> {
            engine.removeNetwork(resource.id());
            networks++;
          }
          case IMAGE -> images.add(resource.id());
        }
      }
      int imageCount = images.size();
      // Children before parents: a run image depends on a dependency image, which depends on a
      // base image. Retry what failed until a pass removes nothing more.
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
          "removed %d containers, %d networks, %d images%s%n",
          containers,
          networks,
          imageCount - images.size(),
          live == 0
              ? ""
              : "; kept "
                  + live
                  + " resources of runs that may still be in progress (their CLI is alive, or"
                  + " runs on another host or in another PID namespace and started less than "
                  + StaleRuns.FOREIGN_RUN_MAX_AGE.toHours()
                  + " hours ago)");
      if (!images.isEmpty() && live == 0) {
        throw new EngineException("could not remove images " + images, null);
      }
      return 0;
    }
  }
}
