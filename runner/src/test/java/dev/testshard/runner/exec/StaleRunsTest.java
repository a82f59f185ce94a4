package dev.testshard.runner.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.docker.ContainerEngine.Resource;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaleRunsTest {

  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  private final Set<Long> alive = Set.of(100L);
  private final StaleRuns stale = new StaleRuns("ci-host", alive::contains, NOW);

  @Test
  void aRunOfThisHostWhoseProcessIsGoneIsStale() {
    assertThat(stale.isStale(container("ci-host", "200", NOW))).isTrue();
  }

  @Test
  void aRunOfThisHostWhoseProcessLivesIsNeverStaleHoweverOld() {
    assertThat(stale.isStale(container("ci-host", "100", NOW.minus(Duration.ofDays(3))))).isFalse();
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

  private static Resource container(String host, String pid, Instant started) {
    return new Resource(Resource.Kind.CONTAINER, "c-" + pid, runLabels(host, pid, started));
  }

  /** A resource of a run on this host whose CLI has process id {@code pid}. */
  private static Resource resource(Resource.Kind kind, String pid, Map<String, String> extra) {
    Map<String, String> labels = new HashMap<>(runLabels("ci-host", pid, NOW));
    labels.putAll(extra);
    return new Resource(kind, kind + "-" + pid, labels);
  }

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
        "dev.testshard.started",
        Long.toString(started.toEpochMilli()));
  }
}
