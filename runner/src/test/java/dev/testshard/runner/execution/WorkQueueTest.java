package dev.testshard.runner.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.plan.DiscoveredClass;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkQueueTest {

  private static DiscoveredClass discovered(String name) {
    return new DiscoveredClass("m", name, List.of("junit-jupiter"), List.of());
  }

  /** A queue of these classes, longest expected first, as a dynamic run makes it. */
  private static WorkQueue longestFirst(Map<String, Double> seconds) {
    return new WorkQueue(
        "m",
        WorkerPlan.longestFirst(
            seconds.keySet().stream().map(WorkQueueTest::discovered).toList(),
            c -> seconds.get(c.className())),
        c -> seconds.get(c.className()));
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

  /**
   * spring-petclinic's first run: its two longest classes are controller tests of one package, and
   * two workers took one each, starting Spring MVC cold in both JVMs. By package, the second worker
   * starts a class near the head in a package nobody started, and the first goes on in its own
   * package while such a class is near the head.
   */
  @Test
  void aWorkerTakesAClassNearTheHeadInItsOwnPackageElseInAFreshOne() {
    Map<String, Double> seconds =
        Map.of(
            "owner.OwnerTest", 15.0,
            "owner.PetTest", 14.0,
            "app.IntegrationTest", 13.0,
            "service.ServiceTest", 10.0,
            "owner.VisitTest", 1.0,
            "vet.VetTest", 1.0);
    WorkQueue queue = longestFirst(seconds);

    assertThat(queue.poll("w1").className()).isEqualTo("owner.OwnerTest");
    assertThat(queue.poll("w2").className())
        .as("the fresh package near the head, not the first worker's")
        .isEqualTo("app.IntegrationTest");
    assertThat(queue.poll("w1").className()).as("its own package").isEqualTo("owner.PetTest");
    assertThat(queue.poll("w2").className())
        .as("nothing of its own near the head: a fresh package")
        .isEqualTo("service.ServiceTest");
    assertThat(queue.poll("w2").className())
        .as("the first worker's package, or a fresh one: the fresh one")
        .isEqualTo("vet.VetTest");
    assertThat(queue.poll("w1").className()).isEqualTo("owner.VisitTest");
  }

  /** Far shorter classes of its own package do not jump a long head: the long ones start first. */
  @Test
  void aClassOfItsOwnPackageFarShorterThanTheHeadWaits() {
    Map<String, Double> seconds = Map.of("a.LongTest", 10.0, "b.LongerTest", 20.0, "a.Short", 4.0);
    WorkQueue queue = longestFirst(seconds);

    assertThat(queue.poll("w1").className()).isEqualTo("b.LongerTest");
    assertThat(queue.poll("w2").className()).isEqualTo("a.LongTest");
    assertThat(queue.poll("w1").className()).isEqualTo("a.Short");
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

    assertThat(queue.poll(null, () -> true)).isNull();
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
    assertThat(queue.pollAhead(List.of(discovered("a.ShortTest")), 2, true))
        .as("not filled yet")
        .isEmpty();
    queue.fill(
        List.of(discovered("b.Test"), discovered("c.Test"), discovered("d.Test")),
        c -> seconds.get(c.className()));

    assertThat(queue.pollAhead(List.of(discovered("a.HugeTest")), 2, true))
        .as("behind 30 s, while 6 s of work wait for 2 workers")
        .isEmpty();
    assertThat(queue.pollAhead(List.of(discovered("a.ShortTest")), 2, true))
        .extracting(DiscoveredClass::className)
        .containsExactly("b.Test");
    assertThat(queue.pollAhead(List.of(discovered("a.ShortTest")), 2, true))
        .as("two left for two workers")
        .isEmpty();
  }

  @Test
  void shortClassesGoOutTogetherInBatchesThatShrinkAsTheQueueEmpties() {
    List<DiscoveredClass> classes = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      classes.add(discovered(String.format("a.Short%02dTest", i)));
    }
    WorkQueue queue = WorkQueue.awaiting("m", List.of());
    queue.fill(classes, c -> 1.0);

    List<Integer> sizes = new ArrayList<>();
    for (List<DiscoveredClass> batch = queue.pollBatch(() -> false, 2, true);
        !batch.isEmpty();
        batch = queue.pollBatch(() -> false, 2, true)) {
      sizes.add(batch.size());
    }

    assertThat(sizes).as("a quarter of what waits, for 2 workers").startsWith(10, 7, 5, 4, 3);
    assertThat(sizes).endsWith(1, 1, 1, 1);
    assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(40);
  }

  @Test
  void aLongClassGoesAloneAndTheShortOnesAfterItTogether() {
    Map<String, Double> seconds = Map.of("a.LongTest", 20.0);
    List<DiscoveredClass> classes = new ArrayList<>(List.of(discovered("a.LongTest")));
    for (int i = 0; i < 12; i++) {
      classes.add(discovered("b.Short" + i + "Test"));
    }
    WorkQueue queue = WorkQueue.awaiting("m", List.of());
    queue.fill(classes, c -> seconds.getOrDefault(c.className(), 1.0));

    assertThat(queue.pollBatch(() -> false, 2, true))
        .extracting(DiscoveredClass::className)
        .containsExactly("a.LongTest");
    assertThat(queue.pollBatch(() -> false, 2, true)).as("12 s wait for 2 workers").hasSize(3);
  }

  /**
   * A first run guesses times by planned tests, and the classes with the most come first: each that
   * is expected to take more than twice the mean goes alone, so that no worker gets them all in one
   * batch while the others run dry (commons-collections' multimap classes).
   */
  @Test
  void classesExpectedAboveTwiceTheMeanGoAloneEvenWhenTheBudgetWouldTakeThemTogether() {
    List<DiscoveredClass> classes = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      classes.add(discovered("a.multimap.Big" + i + "Test"));
    }
    for (int i = 0; i < 200; i++) {
      classes.add(discovered(String.format("b.Small%03dTest", i)));
    }
    WorkQueue queue = WorkQueue.awaiting("m", List.of());
    queue.fill(classes, c -> c.className().contains("Big") ? 37.0 : 2.0);

    List<Integer> sizes = new ArrayList<>();
    for (List<DiscoveredClass> batch = queue.pollBatch(() -> false, 2, true);
        !batch.isEmpty();
        batch = queue.pollBatch(() -> false, 2, true)) {
      sizes.add(batch.size());
    }

    assertThat(sizes)
        .as("265 s waiting, a 66 s budget: once two Big ones a batch")
        .startsWith(1, 1, 1, 1, 1);
    assertThat(sizes.get(5)).as("then the small ones together").isGreaterThan(1);
    assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(205);
  }

  @Test
  void withoutBatchingEveryBatchIsOneClass() {
    WorkQueue queue = WorkQueue.awaiting("m", List.of());
    queue.fill(
        List.of("a.ATest", "a.BTest", "a.CTest", "a.DTest", "a.ETest", "a.FTest").stream()
            .map(WorkQueueTest::discovered)
            .toList(),
        c -> 1.0);

    assertThat(queue.pollBatch(() -> false, 1, false)).hasSize(1);
    assertThat(queue.pollAhead(List.of(discovered("a.ATest")), 1, false)).hasSize(1);
    assertThat(queue.pollBatch(() -> false, 1, true)).as("the same queue, batching").hasSize(2);
  }

  @Test
  void aWorkerThatWaitedForTheFillGetsABatch() throws Exception {
    WorkQueue queue = WorkQueue.awaiting("m", List.of());
    CompletableFuture<List<DiscoveredClass>> waiting =
        CompletableFuture.supplyAsync(() -> queue.pollBatch(() -> false, 1, true));

    Thread.sleep(150);
    assertThat(waiting).isNotDone();
    queue.fill(
        List.of("a.ATest", "a.BTest", "a.CTest", "a.DTest", "a.ETest", "a.FTest").stream()
            .map(WorkQueueTest::discovered)
            .toList(),
        c -> 1.0);

    assertThat(waiting.get(5, TimeUnit.SECONDS))
        .as("half of what waits, for one worker")
        .extracting(DiscoveredClass::className)
        .containsExactly("a.ATest", "a.BTest", "a.CTest");
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
