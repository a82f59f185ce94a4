package dev.testshard.runner.kubernetes;

import dev.testshard.runner.results.ContainerExit;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import java.util.List;

/**
 * What a shard's pod says about its agent, read from the pod's status: pure, for the unit to ask
 * while it waits. A pod that is gone, evicted or failed without its container ending (its node was
 * lost) ended on the cluster's side: its shard is lost work, with the reason.
 */
final class PodState {

  private PodState() {}

  /** Whether the agent's container has started (or already ended), so its log can be followed. */
  static boolean started(Pod pod) {
    ContainerStatus status = agent(pod);
    return end(pod) != null
        || status != null
            && status.getState() != null
            && (status.getState().getRunning() != null
                || status.getState().getTerminated() != null);
  }

  /**
   * How the agent ended, or null while it has not. A pod that is gone ({@code null}) or being
   * deleted has ended.
   */
  static ContainerExit end(Pod pod) {
    if (pod == null) {
      return ContainerExit.failed("the pod was deleted before its container ended");
    }
    ContainerStatus status = agent(pod);
    ContainerStateTerminated terminated =
        status == null || status.getState() == null ? null : status.getState().getTerminated();
    if (pod.getMetadata() != null && pod.getMetadata().getDeletionTimestamp() != null) {
      // Deleted while it ran: the container's end, if it shows, is the deletion's SIGKILL.
      return ContainerExit.failed("the pod was deleted before its container ended");
    }
    if (terminated != null && terminated.getExitCode() != null) {
      return ContainerExit.exited(
          terminated.getExitCode(), "OOMKilled".equals(terminated.getReason()));
    }
    if (pod.getStatus() == null) {
      return null;
    }
    if ("Evicted".equals(pod.getStatus().getReason())) {
      return ContainerExit.failed("the pod was evicted: " + pod.getStatus().getMessage());
    }
    if ("Failed".equals(pod.getStatus().getPhase())) {
      return ContainerExit.failed(
          "the pod failed: "
              + pod.getStatus().getReason()
              + (pod.getStatus().getMessage() == null ? "" : " " + pod.getStatus().getMessage()));
    }
    return null;
  }

  /**
   * Why a pod is still Pending: not scheduled (the scheduler's message, e.g. "0/2 nodes are
   * available: 2 Insufficient memory."), or its container waiting (e.g. ErrImagePull and why).
   */
  static String pendingReason(Pod pod) {
    if (pod == null || pod.getStatus() == null) {
      return "no status yet";
    }
    for (PodCondition condition : list(pod.getStatus().getConditions())) {
      if ("PodScheduled".equals(condition.getType()) && "False".equals(condition.getStatus())) {
        return "not scheduled: " + condition.getReason() + " " + condition.getMessage();
      }
    }
    ContainerStatus status = agent(pod);
    ContainerStateWaiting waiting =
        status == null || status.getState() == null ? null : status.getState().getWaiting();
    if (waiting != null) {
      return waiting.getReason()
          + (waiting.getMessage() == null ? "" : ": " + waiting.getMessage());
    }
    return "phase " + pod.getStatus().getPhase();
  }

  /** The node the pod was placed on, or null before it was scheduled. */
  static String node(Pod pod) {
    return pod == null || pod.getSpec() == null ? null : pod.getSpec().getNodeName();
  }

  /** The statuses of the pod's containers, none before they are known. */
  static List<ContainerStatus> statuses(Pod pod) {
    return pod == null || pod.getStatus() == null
        ? List.of()
        : list(pod.getStatus().getContainerStatuses());
  }

  private static ContainerStatus agent(Pod pod) {
    if (pod == null || pod.getStatus() == null) {
      return null;
    }
    for (ContainerStatus status : list(pod.getStatus().getContainerStatuses())) {
      if (PodManifest.CONTAINER.equals(status.getName())) {
        return status;
      }
    }
    return null;
  }

  private static <T> List<T> list(List<T> items) {
    return items == null ? List.of() : items;
  }
}
