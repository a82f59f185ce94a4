package dev.testshard.runner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.docker.ContainerEngine;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class RunResourcesTest {

  /** Labels need no engine: any call fails the test. */
  private static final ContainerEngine NO_ENGINE =
      (ContainerEngine)
          Proxy.newProxyInstance(
              ContainerEngine.class.getClassLoader(),
              new Class<?>[] {ContainerEngine.class},
              (proxy, method, args) -> {
                throw new AssertionError("engine called: " + method.getName());
              });

  @Test
  void keepImageMarksTheLabelsTheRunsImageIsCommittedWith() {
    RunResources resources = new RunResources(NO_ENGINE, "r");

    resources.keepImage(true);

    assertThat(resources.labels())
        .containsEntry(RunResources.KEEP_IMAGE_LABEL, "true")
        .containsEntry(RunResources.RUN_LABEL, "r")
        .containsEntry(RunResources.LABEL, "true")
        .doesNotContainKey(RunResources.KEEP_LABEL);
  }

  @Test
  void withoutKeepImageTheLabelsDoNotMarkTheImageAsKept() {
    RunResources resources = new RunResources(NO_ENGINE, "r", true);

    resources.keepImage(false);

    assertThat(resources.labels())
        .doesNotContainKey(RunResources.KEEP_IMAGE_LABEL)
        .containsEntry(RunResources.KEEP_LABEL, "true");
  }
}
