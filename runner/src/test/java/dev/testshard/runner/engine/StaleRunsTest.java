package dev.testshard.runner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.docker.ContainerEngine.Resource;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaleRunsTest {

  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  private static final String NAMESPACE = "boot-1:4026531836";

  /** This namespace's process table: process 100, started at tick 5000, is alive. */
  private final Map<Long, String> processes = Map.of(100L, "5000");

  private final StaleRuns stale =
      new StaleRuns("ci-host", NAMESPACE, pid -> Optional.ofNullable(processes.get(pid)), NOW);

  @Test
  void aRunOfThisHostWhoseProcessIsGoneIsStale() {
    assertThat(stale.isStale(container("ci-host", "200", NOW))).isTrue();
  }

  @Test
  void aRunOfThisHostWhoseProcessLivesIsNeverStaleHoweverOld() {
    assertThat(stale.isStale(container("ci-host", "100", NOW.minus(Duration.ofDays(3))))).isFalse();
  }

  @Test
  void aRunWhoseProcessIdWasReusedByALaterProcessIsStale() {
    Resource reused = owned("ci-host", NAMESPACE, "100", "4000", NOW.minus(Duration.ofHours(1)));

    assertThat(stale.isStale(reused)).isTrue();
  }

  @Test
  void aLiveRunInAnotherPidNamespaceWithTheSameHostNameIsNotStaleWhateverItsProcessId() {
    // Its process id 200 (or 100, with another start time) means nothing in this namespace.
    for (String pid : List.of("200", "100")) {
      Resource other =
          owned("ci-host", "boot-1:4026532176", pid, "7", NOW.minus(Duration.ofHours(2)));

      assertThat(stale.isStale(other)).as(pid).isFalse();
      assertThat(stale.sweptAutomatically(other)).as(pid).isFalse();
    }
  }

  @Test
  void aRunWhoseProcessLivesButWhoseStartTimeCannotBeReadIsNotStale() {
    StaleRuns unreadable = new StaleRuns("ci-host", NAMESPACE, pid -> Optional.of(""), NOW);

    assertThat(unreadable.isStale(container("ci-host", "100", NOW))).isFalse();
  }

  @Test
  void aRunInAnotherPidNamespaceIsStaleOnlyAfterADay() {
    Resource old =
        owned("ci-host", "boot-1:4026532176", "200", "7", NOW.minus(Duration.ofHours(25)));

    assertThat(stale.isStale(old)).isTrue();
  }

  @Test
  void aRunOfAnotherBootOfTheSameNamespaceInodeIsForeign() {
    Resource other =
        owned("ci-host", "boot-2:4026531836", "200", "7", NOW.minus(Duration.ofHours(2)));

    assertThat(stale.isStale(other)).isFalse();
  }

  @Test
  void aRunOfThisHostWithoutANamespaceLabelIsPresumedAliveForADay() {
    // Labelled by a version that recorded only the host and the process id.
    assertThat(stale.isStale(legacy("ci-host", "200", NOW.minus(Duration.ofHours(2))))).isFalse();
    assertThat(stale.isStale(legacy("ci-host", "200", NOW.minus(Duration.ofHours(25))))).isTrue();
  }

  @Test
  void whenOurOwnNamespaceCannotBeToldNoOwnerIsLookedUp() {
    StaleRuns blind =
        new StaleRuns("ci-host", null, pid -> Optional.ofNullable(processes.get(pid)), NOW);

    assertThat(blind.isStale(container("ci-host", "200", NOW.minus(Duration.ofHours(2)))))
        .isFalse();
    assertThat(blind.isStale(container("ci-host", "200", NOW.minus(Duration.ofHours(25)))))
        .isTrue();
  }

  @Test
  void aRunOfAnotherHostIsStaleOnlyAfterADay() {
    assertThat(stale.isStale(container("other", "200", NOW.minus(Duration.ofHours(2))))).isFalse();
    assertThat(stale.isStale(container("other", "200", NOW.minus(Duration.ofHours(25))))).isTrue();
  }

  @Test
  void cacheImagesBelongToNoRunAndAreNeverStale() {
    Resource cache =
        new Resource(
            Resource.Kind.IMAGE,
            "sha256:1",
            Map.of("dev.testshard", "true", "dev.testshard.cache", "true"));

    assertThat(stale.isStale(cache)).isFalse();
  }

  @Test
  void aRunWithoutOwnerLabelsIsStale() {
    Resource old =
        new Resource(
            Resource.Kind.CONTAINER, "c1", Map.of("dev.testshard.run", "20260101-000000-aaaaaa"));

    assertThat(stale.isStale(old)).isTrue();
  }

  @Test
  void theSweepRemovesEveryResourceOfADeadRunThatKeptNothing() {
    for (Resource.Kind kind : Resource.Kind.values()) {
      assertThat(stale.sweptAutomatically(resource(kind, "200", Map.of())))
          .as(kind.name())
          .isTrue();
    }
  }

  @Test
  void theSweepLeavesTheImageOfADeadRunWithKeepImageButRemovesItsContainersAndNetworks() {
    Map<String, String> keepImage = Map.of(RunResources.KEEP_IMAGE_LABEL, "true");

    assertThat(stale.sweptAutomatically(resource(Resource.Kind.IMAGE, "200", keepImage))).isFalse();
    assertThat(stale.sweptAutomatically(resource(Resource.Kind.CONTAINER, "200", keepImage)))
        .isTrue();
    assertThat(stale.sweptAutomatically(resource(Resource.Kind.NETWORK, "200", keepImage)))
        .isTrue();
    assertThat(stale.isStale(resource(Resource.Kind.IMAGE, "200", keepImage)))
        .as("what clean removes")
        .isTrue();
  }

  @Test
  void theSweepLeavesEveryResourceOfADeadRunWithKeepOnFailure() {
    Map<String, String> keepOnFailure = Map.of(RunResources.KEEP_LABEL, "true");

    for (Resource.Kind kind : Resource.Kind.values()) {
      assertThat(stale.sweptAutomatically(resource(kind, "200", keepOnFailure)))
          .as(kind.name())
          .isFalse();
    }
  }

  @Test
  void theSweepNeverRemovesALiveRunsResources() {
    assertThat(stale.sweptAutomatically(resource(Resource.Kind.IMAGE, "100", Map.of()))).isFalse();
    assertThat(stale.sweptAutomatically(resource(Resource.Kind.CONTAINER, "100", Map.of())))
        .isFalse();
  }

  /** A container of a run whose owner is in our namespace if {@code host} is ours. */
  private static Resource container(String host, String pid, Instant started) {
    return new Resource(Resource.Kind.CONTAINER, "c-" + pid, runLabels(host, pid, started));
  }

  private static Resource owned(
      String host, String namespace, String pid, String pidStart, Instant started) {
    Map<String, String> labels = new HashMap<>(runLabels(host, pid, started));
    labels.put(RunResources.PID_NAMESPACE_LABEL, namespace);
    labels.put(RunResources.PID_START_LABEL, pidStart);
    return new Resource(Resource.Kind.CONTAINER, "c-" + pid, labels);
  }

  private static Resource legacy(String host, String pid, Instant started) {
    Map<String, String> labels = new HashMap<>(runLabels(host, pid, started));
    labels.remove(RunResources.PID_NAMESPACE_LABEL);
    labels.remove(RunResources.PID_START_LABEL);
    return new Resource(Resource.Kind.CONTAINER, "c-" + pid, labels);
  }

  /** A resource of a run on this host whose CLI has process id {@code pid}. */
  private static Resource resource(Resource.Kind kind, String pid, Map<String, String> extra) {
    Map<String, String> labels = new HashMap<>(runLabels("ci-host", pid, NOW));
    labels.putAll(extra);
    return new Resource(kind, kind + "-" + pid, labels);
  }

  /** Labels of a run whose owner is in our namespace, started at tick 5000 if it is process 100. */
  private static Map<String, String> runLabels(String host, String pid, Instant started) {
    return Map.of(
        "dev.testshard",
        "true",
        "dev.testshard.run",
        "r",
        "dev.testshard.host",
        host,
        "dev.testshard.pid",
        pid,
        "dev.testshard.pid-namespace",
        NAMESPACE,
        "dev.testshard.pid-start",
        "5000",
        "dev.testshard.started",
        Long.toString(started.toEpochMilli()));
  }
}
