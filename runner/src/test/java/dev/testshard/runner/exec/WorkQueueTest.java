package dev.testshard.runner.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.plan.DiscoveredClass;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkQueueTest {

  private static DiscoveredClass discovered(String name) {
    return new DiscoveredClass("m", name, List.of("junit-jupiter"), List.of());
  }

  private static final Map<String, Double> SECONDS = Map.of("a.LongTest", 9.0, "a.MidTest", 5.0);

  @Test
  void aFilledQueueHandsOutTheLongestExpectedClassFirst() {
    WorkQueue queue = WorkQueue.awaiting("m", List.of());
    queue.fill(
        List.of(discovered("a.ShortTest"), discovered("a.LongTest"), discovered("a.MidTest")),
        c -> SECONDS.getOrDefault(c.className(), 1.0));

    assertThat(List.of(queue.poll(), queue.poll(), queue.poll()))
        .extracting(DiscoveredClass::className)
        .containsExactly("a.LongTest", "a.MidTest", "a.ShortTest");
    assertThat(queue.poll()).isNull();
  }

  @Test
  void beforeDiscoveryEndsProvisionalClassesGoOutAndAreNotHandedOutAgainAfterTheFill() {
    WorkQueue queue = WorkQueue.awaiting("m", List.of(discovered("a.LongTest")));

    assertThat(queue.hasProvisional()).isTrue();
    assertThat(queue.poll().className()).isEqualTo("a.LongTest");
    queue.fill(
        List.of(discovered("a.LongTest"), discovered("a.NewTest")),
        c -> SECONDS.getOrDefault(c.className(), 1.0));

    assertThat(queue.poll().className()).isEqualTo("a.NewTest");
    assertThat(queue.poll()).isNull();
    assertThat(queue.discovered("a.LongTest")).as("what discovery found for it").isNotNull();
    assertThat(queue.discovered("a.GoneTest")).isNull();
  }

  @Test
  void aWorkerWaitsForTheFillOnceTheProvisionalClassesAreGone() throws Exception {
    WorkQueue queue = WorkQueue.awaiting("m", List.of());
    CompletableFuture<DiscoveredClass> waiting = CompletableFuture.supplyAsync(queue::poll);

    Thread.sleep(150);
    assertThat(waiting).isNotDone();
    queue.fill(List.of(discovered("a.MidTest")), c -> 1.0);

    assertThat(waiting.get(5, TimeUnit.SECONDS).className()).isEqualTo("a.MidTest");
  }

  @Test
  void aCancelledQueueReleasesItsWaitingWorkersWithNothing() throws Exception {
    WorkQueue queue = WorkQueue.awaiting("m", List.of());
    CompletableFuture<DiscoveredClass> waiting = CompletableFuture.supplyAsync(queue::poll);

    queue.cancel();

    assertThat(waiting.get(5, TimeUnit.SECONDS)).isNull();
  }

  @Test
  void aStoppingRunEndsTheWaitWithoutAClass() {
    WorkQueue queue = WorkQueue.awaiting("m", List.of());

    assertThat(queue.poll(() -> true)).isNull();
  }

  @Test
  void theFirstClassTakenIsSignalled() throws Exception {
    WorkQueue queue = WorkQueue.awaiting("m", List.of(discovered("a.LongTest")));

    assertThat(queue.awaitFirstTaken(Duration.ofMillis(50))).isFalse();
    queue.poll();

    assertThat(queue.awaitFirstTaken(Duration.ofMillis(50))).isTrue();
  }

  @Test
  void aBatchGoesOutAheadOnlyBehindAClassThatEndsBeforeTheOthersWorkedOffTheQueue() {
    Map<String, Double> seconds =
        Map.of("a.HugeTest", 30.0, "a.ShortTest", 2.0, "b.Test", 2.0, "c.Test", 2.0, "d.Test", 2.0);
    WorkQueue queue = WorkQueue.awaiting("m", List.of());
    assertThat(queue.pollAhead(discovered("a.ShortTest"), 2)).as("not filled yet").isNull();
    queue.fill(
        List.of(discovered("b.Test"), discovered("c.Test"), discovered("d.Test")),
        c -> seconds.get(c.className()));

    assertThat(queue.pollAhead(discovered("a.HugeTest"), 2))
        .as("behind 30 s, while 6 s of work wait for 2 workers")
        .isNull();
    assertThat(queue.pollAhead(discovered("a.ShortTest"), 2).className()).isEqualTo("b.Test");
    assertThat(queue.pollAhead(discovered("a.ShortTest"), 2))
        .as("two left for two workers")
        .isNull();
  }

  @Test
  void awaitingTheClassesEndsWithTheFillOrTheCancel() throws Exception {
    WorkQueue filled = WorkQueue.awaiting("m", List.of(discovered("a.LongTest")));
    CompletableFuture<Void> waiting =
        CompletableFuture.runAsync(
            () -> {
              try {
                filled.awaitClasses();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });

    Thread.sleep(150);
    assertThat(waiting).as("provisional classes are not the module's classes").isNotDone();
    filled.fill(List.of(discovered("a.MidTest")), c -> 1.0);
    waiting.get(5, TimeUnit.SECONDS);
    assertThat(filled.drain()).extracting(DiscoveredClass::className).containsExactly("a.MidTest");

    WorkQueue cancelled = WorkQueue.awaiting("m", List.of());
    cancelled.cancel();
    cancelled.awaitClasses();
    assertThat(cancelled.drain()).isEmpty();
  }
}
