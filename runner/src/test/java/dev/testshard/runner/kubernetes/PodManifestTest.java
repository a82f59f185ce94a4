package dev.testshard.runner.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.common.ResourceLimits;
import dev.testshard.runner.docker.ContainerSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodManifestTest {

  private static final ContainerSpec SPEC =
      new ContainerSpec(
          null,
          "sha256:local",
          List.of("java", "-cp", "/testshard/agent", "dev.testshard.agent.Main", "run"),
          "/workspace/app",
          Map.of("TESTSHARD_SHARD", "com.example.a", "HOME", "/tmp"),
          Map.of(
              "dev.testshard", "true",
              "dev.testshard.run", "20261204-051500-abc123",
              "dev.testshard.shard", "com.example.a",
              "dev.testshard.pid-namespace", "4a5f-01:4026531836"),
          "10001:10001",
          "none",
          new ResourceLimits(2L << 30, 1_500_000_000L, 4096));

  private final Pod pod =
      PodManifest.of(SPEC, "127.0.0.1:5215/testshard:run", "ts-run-a-", "tests");

  private Container agent() {
    return pod.getSpec().getContainers().get(0);
  }

  @Test
  void runsTheAgentOnceFromThePushedImageWithTheImagesEntrypoint() {
    assertThat(pod.getSpec().getRestartPolicy()).isEqualTo("Never");
    assertThat(pod.getSpec().getContainers()).hasSize(1);
    assertThat(agent().getName()).isEqualTo("agent");
    assertThat(agent().getImage()).isEqualTo("127.0.0.1:5215/testshard:run");
    assertThat(agent().getCommand()).isEmpty();
    assertThat(agent().getArgs()).isEqualTo(SPEC.command());
    assertThat(agent().getWorkingDir()).isEqualTo("/workspace/app");
    assertThat(agent().getEnv())
        .containsExactly(
            new EnvVar("HOME", "/tmp", null), new EnvVar("TESTSHARD_SHARD", "com.example.a", null));
    assertThat(pod.getMetadata().getGenerateName()).isEqualTo("ts-run-a-");
    assertThat(pod.getMetadata().getNamespace()).isEqualTo("tests");
  }

  @Test
  void runsAsTheImagesTestUserWithoutCapabilitiesPrivilegesOrToken() {
    var security = agent().getSecurityContext();
    assertThat(security.getRunAsUser()).isEqualTo(10001L);
    assertThat(security.getRunAsGroup()).isEqualTo(10001L);
    assertThat(security.getRunAsNonRoot()).isTrue();
    // Not the pod's: a service's entrypoint may need root.
    assertThat(pod.getSpec().getSecurityContext()).isNull();
    assertThat(security.getAllowPrivilegeEscalation()).isFalse();
    assertThat(security.getPrivileged()).isFalse();
    assertThat(security.getCapabilities().getDrop()).containsExactly("ALL");
    assertThat(pod.getSpec().getAutomountServiceAccountToken()).isFalse();
    assertThat(pod.getSpec().getEnableServiceLinks()).isFalse();
  }

  @Test
  void requestsAndLimitsTheShardsMemoryAndCpus() {
    var resources = agent().getResources();
    assertThat(resources.getLimits())
        .containsEntry("memory", new Quantity(Long.toString(2L << 30)))
        .containsEntry("cpu", new Quantity("1500m"));
    assertThat(resources.getRequests()).isEqualTo(resources.getLimits());
  }

  @Test
  void boundsTmpAsTheLocalContainersTmpfs() {
    assertThat(pod.getSpec().getVolumes().get(0).getEmptyDir().getMedium()).isEqualTo("Memory");
    assertThat(pod.getSpec().getVolumes().get(0).getEmptyDir().getSizeLimit())
        .isEqualTo(new Quantity(Long.toString(ContainerSpec.tmpSize(SPEC.limits()))));
    assertThat(agent().getVolumeMounts().get(0).getMountPath()).isEqualTo("/tmp");
  }

  @Test
  void labelsThePodWithTheRunAndKeepsInvalidLabelValuesAsAnnotations() {
    assertThat(pod.getMetadata().getLabels())
        .containsEntry("dev.testshard.run", "20261204-051500-abc123")
        .containsEntry("dev.testshard.shard", "com.example.a")
        .doesNotContainKey("dev.testshard.pid-namespace");
    assertThat(pod.getMetadata().getAnnotations())
        .containsExactly(Map.entry("dev.testshard.pid-namespace", "4a5f-01:4026531836"));
  }

  @Test
  void leavesLimitsOutWhenNoneAreGivenAndRunAsRootIsNotForbiddenForANamedUser() {
    ContainerSpec open =
        new ContainerSpec(
            null,
            "img",
            List.of("x"),
            "/",
            Map.of(),
            Map.of(),
            "tester",
            null,
            ResourceLimits.NONE);
    Pod plain = PodManifest.of(open, "r/i:t", "p-", "default");
    assertThat(plain.getSpec().getContainers().get(0).getResources().getLimits()).isEmpty();
    var security = plain.getSpec().getContainers().get(0).getSecurityContext();
    assertThat(security.getRunAsNonRoot()).isNull();
    assertThat(security.getRunAsUser()).isNull();
  }

  @Test
  void namesPodsInDnsCharactersFromTheRunAndTheShard() {
    assertThat(PodManifest.namePrefix("20261204-051500-abc123", "com.example.Foo_Bar"))
        .isEqualTo("ts-20261204-051500-abc123-com-example-foo-bar-");
    assertThat(PodManifest.namePrefix("20261204-051500-abc123", "x".repeat(80)))
        .hasSizeLessThanOrEqualTo(50)
        .matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?-");
  }

  @Test
  void feedsTheAgentThroughItsInputWhichClosesWhenTheRunnerLeaves() {
    assertThat(agent().getStdin()).isTrue();
    assertThat(agent().getStdinOnce()).isTrue();
    assertThat(agent().getTty()).isNull();
  }

  @Test
  void putsEachServiceInAContainerOfThePodReachableUnderItsNameOnTheLoopback() {
    Pod withServices =
        PodManifest.of(
            SPEC,
            "127.0.0.1:5215/testshard:run",
            "ts-run-a-",
            "tests",
            List.of(
                new PodManifest.PodService(
                    "db",
                    "postgres@sha256:abc",
                    List.of("postgres", "-c", "fsync=off"),
                    Map.of("POSTGRES_DB", "notes")),
                new PodManifest.PodService("Cache_1", "redis:7", List.of(), Map.of())));

    List<Container> containers = withServices.getSpec().getContainers();
    assertThat(containers).extracting(Container::getName).containsExactly("agent", "db", "cache-1");
    Container db = containers.get(1);
    assertThat(db.getImage()).isEqualTo("postgres@sha256:abc");
    assertThat(db.getArgs()).containsExactly("postgres", "-c", "fsync=off");
    assertThat(db.getEnv()).containsExactly(new EnvVar("POSTGRES_DB", "notes", null));
    // A service runs as its image says; only the agent is locked down.
    assertThat(db.getSecurityContext()).isNull();
    assertThat(containers.get(2).getArgs()).isEmpty();
    assertThat(withServices.getSpec().getHostAliases())
        .singleElement()
        .satisfies(
            alias -> {
              assertThat(alias.getIp()).isEqualTo("127.0.0.1");
              assertThat(alias.getHostnames()).containsExactly("db", "Cache_1");
            });
    assertThat(pod.getSpec().getHostAliases()).isEmpty();
  }

  @Test
  void neverNamesAServiceContainerAsTheAgents() {
    assertThat(new PodManifest.PodService("agent", "x", List.of(), Map.of()).containerName())
        .isEqualTo("service-agent");
  }
}
