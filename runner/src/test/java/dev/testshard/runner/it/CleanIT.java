package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.ContainerSpec;
import dev.testshard.runner.docker.DockerJavaEngine;
import dev.testshard.runner.engine.RunResources;
import dev.testshard.runner.engine.StaleRuns;
import dev.testshard.runner.snapshot.HostJdkBaseImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * {@code testshard clean} removes everything labelled {@code dev.testshard=true}, including the
 * cached images and the images of dead runs kept with {@code --keep-image}, which the automatic
 * sweep at the start of every run leaves; ordered last so that the other integration tests share
 * the cache.
 */
@Order(Integer.MAX_VALUE)
class CleanIT {

  @Test
  void removesEveryLabelledContainerAndImage() throws Exception {
    try (ContainerEngine engine = DockerJavaEngine.fromEnvironment()) {
      String base =
          new HostJdkBaseImage(engine, HostJdkBaseImage.hostJavaHome())
              .ensure(Map.of("dev.testshard", "true", "dev.testshard.cache", "true"), () -> {});
      String leftover =
          engine.create(
              new ContainerSpec(
                  null,
                  base,
                  List.of("java", "-version"),
                  null,
                  Map.of(),
                  Map.of("dev.testshard", "true", "dev.testshard.run", "clean-it"),
                  null,
                  "none",
                  null));

      // A dead run with --keep-image: its resources carry the mark, its image is committed with it.
      Map<String, String> keptRun =
          Map.of(
              RunResources.LABEL,
              "true",
              RunResources.RUN_LABEL,
              "clean-it-kept",
              RunResources.KEEP_IMAGE_LABEL,
              "true");
      String keptRunContainer =
          engine.create(
              new ContainerSpec(
                  null, base, List.of("true"), null, Map.of(), keptRun, null, "none", null));
      engine.commit(keptRunContainer, "testshard-run:clean-it-kept", keptRun);
      StaleRuns stale = StaleRuns.ofThisProcess();

      RunResources.removeStale(engine, stale);

      assertThat(engine.imageId("testshard-run:clean-it-kept")).as("kept image").isPresent();
      assertThat(engine.findLabelled(RunResources.RUN_LABEL, "clean-it-kept").containers())
          .as("kept run's containers")
          .isEmpty();

      Cli.Result result = Cli.run("clean");

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.out()).contains("removed");
      assertThat(engine.imageId("testshard-run:clean-it-kept")).as("kept image").isEmpty();
      // Only what a run still in progress owns may be left (another run on this engine).
      List<ContainerEngine.Resource> left =
          engine.listLabelled("dev.testshard=true").stream()
              .filter(r -> !r.labels().containsKey(RunResources.RUN_LABEL) || stale.isStale(r))
              .toList();
      assertThat(left).extracting(ContainerEngine.Resource::id).doesNotContain(leftover);
      boolean otherRunsLive = engine.listLabelled(RunResources.RUN_LABEL).size() > 0;
      if (!otherRunsLive) {
        assertThat(left).isEmpty();
        assertThat(engine.imageId(base)).isEmpty();
      }
    }
  }
}
