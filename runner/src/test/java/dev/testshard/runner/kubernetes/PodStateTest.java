package dev.testshard.runner.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.results.ContainerExit;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import org.junit.jupiter.api.Test;

class PodStateTest {

  private static Pod withAgent(ContainerStatusBuilder status, String phase) {
    return new PodBuilder()
        .withNewSpec()
        .withNodeName("node-1")
        .endSpec()
        .withNewStatus()
        .withPhase(phase)
        .withContainerStatuses(status.withName("agent").build())
        .endStatus()
        .build();
  }

  @Test
  void aTerminatedContainerGivesItsExitCodeAndWhetherItWasOomKilled() {
    Pod oom =
        withAgent(
            new ContainerStatusBuilder()
                .withNewState()
                .withNewTerminated()
                .withExitCode(137)
                .withReason("OOMKilled")
                .endTerminated()
                .endState(),
            "Failed");
    assertThat(PodState.end(oom)).isEqualTo(ContainerExit.exited(137, true));
    assertThat(PodState.started(oom)).isTrue();
    assertThat(PodState.node(oom)).isEqualTo("node-1");
  }

  @Test
  void aRunningContainerHasStartedButNotEnded() {
    Pod running =
        withAgent(
            new ContainerStatusBuilder().withNewState().withNewRunning().endRunning().endState(),
            "Running");
    assertThat(PodState.started(running)).isTrue();
    assertThat(PodState.end(running)).isNull();
  }

  @Test
  void anEvictedOrDeletedPodEndsAsLostWorkWithItsCause() {
    Pod evicted =
        new PodBuilder()
            .withNewStatus()
            .withPhase("Failed")
            .withReason("Evicted")
            .withMessage("The node was low on resource: memory.")
            .endStatus()
            .build();
    assertThat(PodState.end(evicted).failure())
        .isEqualTo("the pod was evicted: The node was low on resource: memory.");
    assertThat(PodState.end(null).failure()).contains("deleted");
    Pod deleting =
        new PodBuilder(
                withAgent(
                    new ContainerStatusBuilder()
                        .withNewState()
                        .withNewTerminated()
                        .withExitCode(137)
                        .endTerminated()
                        .endState(),
                    "Failed"))
            .withNewMetadata()
            .withDeletionTimestamp("2026-12-04T05:40:00Z")
            .endMetadata()
            .build();
    assertThat(PodState.end(deleting).failure())
        .isEqualTo("the pod was deleted before its container ended");
    assertThat(PodState.started(null)).isTrue();
  }

  @Test
  void aPendingPodSaysWhyItIsPending() {
    Pod unschedulable =
        new PodBuilder()
            .withNewStatus()
            .withPhase("Pending")
            .withConditions(
                new PodConditionBuilder()
                    .withType("PodScheduled")
                    .withStatus("False")
                    .withReason("Unschedulable")
                    .withMessage("0/2 nodes are available: 2 Insufficient memory.")
                    .build())
            .endStatus()
            .build();
    assertThat(PodState.started(unschedulable)).isFalse();
    assertThat(PodState.pendingReason(unschedulable))
        .isEqualTo("not scheduled: Unschedulable 0/2 nodes are available: 2 Insufficient memory.");
    Pod pulling =
        withAgent(
            new ContainerStatusBuilder()
                .withNewState()
                .withNewWaiting()
                .withReason("ErrImagePull")
                .withMessage("not found")
                .endWaiting()
                .endState(),
            "Pending");
    assertThat(PodState.pendingReason(pulling)).isEqualTo("ErrImagePull: not found");
  }
}
