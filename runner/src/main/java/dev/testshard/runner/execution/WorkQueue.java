package dev.testshard.runner.execution;

import dev.testshard.runner.plan.DiscoveredClass;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;

/**
 * The classes of one module waiting for a dynamic-mode worker, longest expected first, so that the
 * long ones start early and the short ones fill the gaps at the end. A queue may be created before
 * its classes are known (its workers start while discovery runs): {@link #poll} then hands out the
 * provisional classes, those the timing history knows and the snapshot still holds, and waits when
 * they are gone, until {@link #fill} (which leaves out what was handed out) or {@link #cancel}.
 *
 * <p>Where a worker asks by name, the class that heads its batch is the longest of those expected
 * to take at least half as long as the queue's head ({@value #NEAR_HEAD} of it) that is in a
 * package the worker already ran, else in a package no worker ran yet, else the head: a JVM that
 * ran a package's first class has loaded and compiled what its neighbours use (on spring-petclinic,
 * both workers of a first run started Spring MVC cold, 15 s each, for two controller tests of one
 * package that take 1 s in a warm JVM), while the longest classes still start first.
 *
 * <p>Thread-safe.
 */
public final class WorkQueue {

  private static final long WAIT_SLICE_MILLIS = 50;

  /** How much shorter than the head a class may be and still head a worker's batch by package. */
  static final double NEAR_HEAD = 0.5;

  private final String module;
  private final Deque<DiscoveredClass> classes;
  private final Deque<DiscoveredClass> provisional = new ArrayDeque<>();
  private final Set<String> handedOut = new HashSet<>();
  private final CountDownLatch firstTaken = new CountDownLatch(1);
  private boolean open;
  private ToDoubleFunction<DiscoveredClass> expected;
  private Map<String, DiscoveredClass> discovered = Map.of();
  private boolean filled;
  private double aloneAbove = Double.POSITIVE_INFINITY;
  private final Map<String, Set<String>> packagesOf = new HashMap<>();
  private final Set<String> packagesStarted = new HashSet<>();

  /**
   * @param classes in the order they are handed out
   */
  public WorkQueue(String module, List<DiscoveredClass> classes) {
    this(module, classes, c -> 1.0);
  }

  /**
   * @param classes in the order they are handed out
   * @param expected each class's expected time, which decides when a batch may go out ahead
   */
  public WorkQueue(
      String module, List<DiscoveredClass> classes, ToDoubleFunction<DiscoveredClass> expected) {
    this.module = module;
    this.classes = new ArrayDeque<>(classes);
    this.expected = expected;
    this.aloneAbove = aloneAbove(classes, expected);
    this.open = true;
  }

  /**
   * Above this expected time a class goes alone in its batch: twice the mean of the module's
   * classes. Expected times are guesses for classes the timing history does not know (by planned
   * tests), and the classes with the most tests come first; batched together they could all end up
   * in one worker while the others run dry (commons-collections' five multimap classes, 150 s of
   * its 185, in one batch of a first run: 170 s where one class at a time would take about 93 s).
   */
  private static double aloneAbove(
      List<DiscoveredClass> classes, ToDoubleFunction<DiscoveredClass> expected) {
    if (classes.isEmpty()) {
      return Double.POSITIVE_INFINITY;
    }
    double total = 0;
    for (DiscoveredClass c : classes) {
      total += expected.applyAsDouble(c);
    }
    return 2 * total / classes.size();
  }

  /**
   * A queue whose classes come later, through {@link #fill} (or never: {@link #cancel}); until then
   * it hands out {@code provisional}, in this order.
   */
  public static WorkQueue awaiting(String module, List<DiscoveredClass> provisional) {
    WorkQueue queue = new WorkQueue(module, List.of());
    queue.provisional.addAll(provisional);
    queue.open = false;
    return queue;
  }

  public String module() {
    return module;
  }

  /** Hands out the classes, longest expected first, to the workers waiting and to come. */
  public synchronized void fill(
      List<DiscoveredClass> found, ToDoubleFunction<DiscoveredClass> expected) {
    List<DiscoveredClass> rest =
        found.stream().filter(c -> !handedOut.contains(c.className())).toList();
    classes.addAll(WorkerPlan.longestFirst(rest, expected));
    this.expected = expected;
    aloneAbove = aloneAbove(found, expected);
    Map<String, DiscoveredClass> byName = new HashMap<>();
    found.forEach(c -> byName.put(c.className(), c));
    discovered = byName;
    filled = true;
    provisional.clear();
    open = true;
    notifyAll();
  }

  /** The classes will never come (discovery failed): every worker gets nothing. */
  public synchronized void cancel() {
    classes.clear();
    provisional.clear();
    open = true;
    notifyAll();
  }

  /** The next class, or null when the queue is empty. */
  public DiscoveredClass poll() {
    return poll(null, () -> false);
  }

  /** The next class for {@code worker} (by package, see above), or null when the queue is empty. */
  public DiscoveredClass poll(String worker) {
    return poll(worker, () -> false);
  }

  /**
   * The next class, for {@code worker} (by package, see above; null: the head), or null when the
   * queue is empty; waits while the classes are not known yet, unless {@code stopping} says the run
   * is ending.
   */
  public synchronized DiscoveredClass poll(String worker, BooleanSupplier stopping) {
    while (!open && !stopping.getAsBoolean()) {
      DiscoveredClass early = provisional.pollFirst();
      if (early != null) {
        handedOut.add(early.className());
        firstTaken.countDown();
        ran(worker, early);
        return early;
      }
      try {
        wait(WAIT_SLICE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    firstTaken.countDown();
    return takeHead(worker);
  }

  /** The class that heads {@code worker}'s next batch (see above); null when none is left. */
  private DiscoveredClass takeHead(String worker) {
    DiscoveredClass head = classes.peekFirst();
    if (head == null || worker == null) {
      return ran(worker, classes.pollFirst());
    }
    double floor = expected.applyAsDouble(head) * NEAR_HEAD;
    Set<String> own = packagesOf.getOrDefault(worker, Set.of());
    DiscoveredClass fresh = null;
    DiscoveredClass chosen = null;
    for (DiscoveredClass c : classes) {
      if (expected.applyAsDouble(c) < floor) {
        continue;
      }
      String pkg = packageOf(c);
      if (own.contains(pkg)) {
        chosen = c;
        break;
      }
      if (fresh == null && !packagesStarted.contains(pkg)) {
        fresh = c;
      }
    }
    chosen = chosen != null ? chosen : fresh != null ? fresh : head;
    classes.remove(chosen);
    return ran(worker, chosen);
  }

  /** Notes that {@code worker} got {@code taken}'s package; returns {@code taken}. */
  private DiscoveredClass ran(String worker, DiscoveredClass taken) {
    if (taken != null && worker != null) {
      String pkg = packageOf(taken);
      packagesOf.computeIfAbsent(worker, w -> new HashSet<>()).add(pkg);
      packagesStarted.add(pkg);
    }
    return taken;
  }

  private static String packageOf(DiscoveredClass c) {
    String name = c.className();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }

  /**
   * Waits until a worker took its first class (or asked for one after the queue was filled), at
   * most {@code timeout}; true if it did.
   */
  public boolean awaitFirstTaken(Duration timeout) throws InterruptedException {
    return firstTaken.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Whether it has provisional classes to hand out before it is filled. */
  public synchronized boolean hasProvisional() {
    return !provisional.isEmpty();
  }

  /**
   * The next batch for a worker, empty when the queue is empty: the next class and, once the
   * classes are known, the classes after it as long as the batch stays within a share of what waits
   * (see {@link #takeBatch}); waits while the classes are not known yet, unless {@code stopping}
   * says the run is ending (before the fill, a batch is one provisional class). With {@code
   * batching} false, every batch is one class ({@code --fail-fast}: no class starts after the
   * limit, while a batch always runs to its end).
   */
  public synchronized List<DiscoveredClass> pollBatch(
      BooleanSupplier stopping, int workers, boolean batching) {
    return pollBatch(null, stopping, workers, batching);
  }

  /** {@link #pollBatch(BooleanSupplier, int, boolean)} for {@code worker}, by package. */
  public synchronized List<DiscoveredClass> pollBatch(
      String worker, BooleanSupplier stopping, int workers, boolean batching) {
    if (!open) {
      DiscoveredClass first = poll(worker, stopping);
      if (first == null || !open) {
        return first == null ? List.of() : List.of(first);
      }
      // The fill came while this worker waited: its class heads a batch like any other.
      List<DiscoveredClass> batch = new ArrayList<>(List.of(first));
      batch.addAll(
          takeFollowers(
              expected.applyAsDouble(first),
              waiting() + expected.applyAsDouble(first),
              batching ? workers : 0));
      return List.copyOf(batch);
    }
    firstTaken.countDown();
    return takeBatch(worker, batching ? workers : 0);
  }

  /**
   * The next batch, to wait in a worker behind the batch it runs now ({@code running}), or empty
   * when that could cost balance: only when the classes are known, more than {@code workers} wait,
   * and the running batch is expected to end before the others have worked off their share of the
   * queue (a class that waits behind a long one would have gone to a free worker). Never waits.
   * {@code batching} as for {@link #pollBatch}.
   */
  public synchronized List<DiscoveredClass> pollAhead(
      List<DiscoveredClass> running, int workers, boolean batching) {
    return pollAhead(null, running, workers, batching);
  }

  /** {@link #pollAhead(List, int, boolean)} for {@code worker}, by package. */
  public synchronized List<DiscoveredClass> pollAhead(
      String worker, List<DiscoveredClass> running, int workers, boolean batching) {
    if (!open || classes.size() <= workers) {
      return List.of();
    }
    double runningSeconds = 0;
    for (DiscoveredClass c : running) {
      runningSeconds += expected.applyAsDouble(c);
    }
    if (runningSeconds * workers > waiting()) {
      return List.of();
    }
    firstTaken.countDown();
    return takeBatch(worker, batching ? workers : 0);
  }

  /**
   * The head of the queue (for {@code worker}, by package) and the classes after it while the batch
   * holds at most a {@code 1 / (2 × workers)} share of the expected time waiting (guided
   * self-scheduling, "factoring"). Short classes thus run many to one launcher execution, as they
   * do in a Surefire fork, instead of paying the launcher's set-up and a round trip each; a long
   * class goes alone, as does any class expected to take more than twice the mean ({@link
   * #aloneAbove}); and the batches shrink as the queue empties, so the workers still end together.
   * {@code workers} 0: the head alone.
   */
  private List<DiscoveredClass> takeBatch(String worker, int workers) {
    double waiting = waiting();
    DiscoveredClass head = takeHead(worker);
    if (head == null) {
      return List.of();
    }
    List<DiscoveredClass> batch = new ArrayList<>(List.of(head));
    batch.addAll(takeFollowers(expected.applyAsDouble(head), waiting, workers));
    return List.copyOf(batch);
  }

  private List<DiscoveredClass> takeFollowers(double taken, double waiting, int workers) {
    List<DiscoveredClass> followers = new ArrayList<>();
    if (workers == 0 || taken > aloneAbove) {
      return followers;
    }
    double budget = waiting / (2.0 * workers);
    while (!classes.isEmpty()
        && expected.applyAsDouble(classes.peekFirst()) <= aloneAbove
        && taken + expected.applyAsDouble(classes.peekFirst()) <= budget) {
      DiscoveredClass next = classes.pollFirst();
      taken += expected.applyAsDouble(next);
      followers.add(next);
    }
    return followers;
  }

  private double waiting() {
    double waiting = 0;
    for (DiscoveredClass c : classes) {
      waiting += expected.applyAsDouble(c);
    }
    return waiting;
  }

  /** What discovery found for a class, once the queue was filled; else null. */
  public synchronized DiscoveredClass discovered(String className) {
    return discovered.get(className);
  }

  /** Whether discovery filled the queue: a class {@link #discovered} does not know is no test. */
  public synchronized boolean discoveryComplete() {
    return filled;
  }

  /**
   * Waits until the classes are known ({@link #fill}) or will never come ({@link #cancel}), so that
   * workers lost before discovery ended still leave their module's classes to account for.
   */
  public synchronized void awaitClasses() throws InterruptedException {
    while (!open) {
      wait(WAIT_SLICE_MILLIS);
    }
  }

  /** What no worker took (all of them were lost); empties the queue. */
  public synchronized List<DiscoveredClass> drain() {
    List<DiscoveredClass> rest = List.copyOf(classes);
    classes.clear();
    return rest;
  }
}
