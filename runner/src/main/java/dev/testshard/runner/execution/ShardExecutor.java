package dev.testshard.runner.execution;

import dev.testshard.agent.protocol.EventType;
import dev.testshard.report.RunTimings;
import dev.testshard.runner.common.Durations;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.plan.ShardPlan;
import dev.testshard.runner.protocol.AgentEvent;
import dev.testshard.runner.protocol.AgentEventSink;
import dev.testshard.runner.results.ContainerExit;
import dev.testshard.runner.results.ShardResult;
import dev.testshard.runner.results.ShardResultCollector;
import dev.testshard.runner.results.ShardStatus;
import dev.testshard.runner.results.SkippedWork;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Runs every shard of a plan in its own unit of a {@link ShardRuntime} (a container, a pod), at
 * most {@code parallel} at once (a unit past its agent's final event no longer counts), and returns
 * the results in plan order. A shard whose unit fails, or that a deadline stops, is reported as
 * lost with its partial results; it never stops the other shards. Deadlines run on the {@link
 * RunClock} it is given.
 */
public final class ShardExecutor implements AutoCloseable {

  /**
   * One container's work: a shard (or the part of it being retried), which attempt this is, and,
   * for re-runs of failed tests, their unique ids.
   */
  public record ShardTask(
      Shard shard, int shardCount, int attempt, List<String> uniqueIds, WorkQueue queue) {
    public ShardTask {
      uniqueIds = List.copyOf(uniqueIds);
    }

    public ShardTask(Shard shard, int shardCount, int attempt, List<String> uniqueIds) {
      this(shard, shardCount, attempt, uniqueIds, null);
    }
  }

  private final ShardRuntime runtime;
  private final ExecutionSettings settings;
  private final FailFast failFast;
  private final ProgressListener progress;
  private final BiFunction<String, String, String> sourceFiles;
  private final RunClock clock;
  private final Set<ShardUnit> running = ConcurrentHashMap.newKeySet();
  private boolean runDeadlineSet;
  private volatile String runStopReason;
  private volatile String engineLost;

  /**
   * @param runtime where the shards run
   * @param sourceFiles the source file of a class in a module, for reports
   * @param clock the executor's time and deadlines; closed with the executor
   */
  public ShardExecutor(
      ShardRuntime runtime,
      ExecutionSettings settings,
      ProgressListener progress,
      BiFunction<String, String, String> sourceFiles,
      RunClock clock) {
    this.runtime = runtime;
    this.settings = settings;
    this.clock = clock;
    this.failFast = new FailFast(settings.failFast(), settings.failFastSetting());
    this.progress = failFast.counting(progress, () -> progress.note(failFast.trippedNote()));
    this.sourceFiles = sourceFiles;
  }

  /** Failed shards whose services were left running ({@code --keep-on-failure}). */
  public List<KeptShard> kept() {
    return runtime.kept();
  }

  /** A failed shard's services, left running, and the commands to look into and remove them. */
  public record KeptShard(String shardId, List<String> commands) {
    public KeptShard {
      commands = List.copyOf(commands);
    }
  }

  /** Runs the first attempt of every shard of the plan. */
  public List<ShardResult> execute(ShardPlan plan) {
    List<ShardTask> tasks = new ArrayList<>();
    for (Shard shard : plan.shards()) {
      tasks.add(new ShardTask(shard, plan.shards().size(), 1, List.of()));
    }
    return execute(tasks);
  }

  /**
   * Runs the tasks, at most {@code parallel} at once, and returns their results in task order. The
   * run timeout counts from the first call.
   */
  public synchronized List<ShardResult> execute(List<ShardTask> tasks) {
    if (tasks.isEmpty()) {
      return List.of();
    }
    if (!runDeadlineSet && settings.runTimeout() != null) {
      runDeadlineSet = true;
      clock.after(
          settings.runTimeout(),
          () ->
              stopRun(
                  "the run timeout of " + Durations.format(settings.runTimeout()) + " expired"));
    }
    // Twice the threads of the slots: a unit past its agent's final event frees its slot while it
    // winds down on its thread (see Slots).
    Slots slots = new Slots(settings.parallel());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(2 * settings.parallel(), tasks.size())),
            namedThreads("testshard-shard-"));
    try {
      List<Future<ShardResult>> futures = new ArrayList<>();
      for (int i = 0; i < tasks.size(); i++) {
        ShardTask task = tasks.get(i);
        int index = i + 1;
        // Taken here, in plan order: threads that each waited for a slot would start in any order.
        Slots.Slot slot = slots.take();
        futures.add(pool.submit(() -> runShard(task, index, slot)));
      }
      List<ShardResult> results = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          results.add(futures.get(i).get());
        } catch (ExecutionException e) {
          throw new IllegalStateException(
              "shard " + tasks.get(i).shard().id() + " failed in the runner", e.getCause());
        }
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while shards were running", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Dynamic mode: {@code workers} long-lived containers pull the next class (longest expected
   * first) from their module's queue until it is empty, so no history is needed for balance. Each
   * worker is reported as a shard holding the classes it ran; classes left when every worker of
   * their module was lost are reported as lost work too.
   */
  public List<ShardResult> executeDynamic(
      List<DiscoveredClass> classes, int workers, ToDoubleFunction<DiscoveredClass> expected) {
    return runWorkers(WorkerPlan.tasks(classes, workers, expected));
  }

  /**
   * Dynamic mode for a project of one module, with workers started before its classes are known:
   * their containers and JVMs start while discovery runs, and each takes its first class from the
   * queue once it is {@linkplain WorkQueue#fill filled}. A worker that gets no class at all (fewer
   * classes than workers) is left out of the results.
   */
  public List<ShardResult> executeDynamic(WorkQueue awaited, int workers) {
    List<ShardResult> results = new ArrayList<>();
    for (ShardResult result : runWorkers(WorkerPlan.awaiting(awaited, workers))) {
      boolean idle = result.shard().classes().isEmpty() && result.status() == ShardStatus.PASSED;
      if (!idle) {
        results.add(result);
      }
    }
    return results;
  }

  private List<ShardResult> runWorkers(List<ShardTask> tasks) {
    List<ShardResult> results = new ArrayList<>(execute(tasks));
    Set<WorkQueue> queues = new LinkedHashSet<>();
    tasks.forEach(task -> queues.add(task.queue()));
    for (WorkQueue queue : queues) {
      try {
        // Workers that were all lost early (services that failed at once, a JVM that cannot
        // start) may end before discovery: their module's classes are still to account for.
        queue.awaitClasses();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while discovery was running", e);
      }
      List<DiscoveredClass> left = queue.drain();
      if (left.isEmpty()) {
        continue;
      }
      Shard rest = new Shard(WorkerPlan.unrunId(queue.module()), queue.module(), left);
      // Name why the workers were lost (e.g. their services never got ready), not just that.
      String workersLost =
          results.stream()
              .filter(r -> r.shard().module().equals(queue.module()) && r.lostReason() != null)
              .map(ShardResult::lostReason)
              .findFirst()
              .map(reason -> ": " + reason)
              .orElse("");
      if (runStopReason == null && failFast.tripped()) {
        ShardResult skipped =
            SkippedWork.of(rest, tasks.size(), sourceFilesOf(rest), failFast.reason());
        progress.shardFinished(skipped);
        results.add(skipped);
        continue;
      }
      String cause =
          runStopReason != null
              ? "not started: " + runStopReason
              : "every worker of module " + queue.module() + " was lost" + workersLost;
      ShardResult lost =
          new ShardResultCollector(rest, tasks.size(), sourceFilesOf(rest), "shards/")
              .finish(ContainerExit.failed(cause), 0);
      progress.shardFinished(lost);
      results.add(lost);
    }
    return results;
  }

  @Override
  public void close() {
    clock.close();
  }

  /**
   * Why the run lost its engine ("the Docker engine at ... stopped answering"), or null when it did
   * not.
   */
  public String engineLost() {
    return engineLost;
  }

  /** Whether the engine no longer answers at all (killed, restarted, its host gone). */
  private boolean engineStoppedAnswering() {
    if (engineLost == null) {
      engineLost = runtime.lostBackend();
    }
    return engineLost != null;
  }

  /** Stops every running unit and starts no more shards. */
  private void stopRun(String reason) {
    runStopReason = reason;
    for (ShardUnit unit : List.copyOf(running)) {
      unit.kill();
    }
  }

  /** Source files of the shard's classes, in its module first. */
  private Function<String, String> sourceFilesOf(Shard shard) {
    return className -> sourceFiles.apply(shard.module(), className);
  }

  private ShardResult runShard(ShardTask task, int index, Slots.Slot slot) {
    try {
      return runHoldingSlot(task, index, slot);
    } finally {
      slot.release();
    }
  }

  private ShardResult runHoldingSlot(ShardTask task, int index, Slots.Slot slot) {
    Shard shard = task.shard();
    int shardCount = task.shardCount();
    String relativeDir =
        "shards/"
            + shard.directoryName()
            + (task.attempt() == 1 ? "" : "/attempt-" + task.attempt());
    Path shardDir = settings.reportDir().resolve(relativeDir);
    String logPointer = relativeDir + "/output.log";
    ShardResultCollector collector =
        new ShardResultCollector(shard, shardCount, sourceFilesOf(shard), logPointer);
    String notStarted = runStopReason;
    if (notStarted != null) {
      ShardResult result = collector.finish(ContainerExit.failed("not started: " + notStarted), 0);
      progress.shardFinished(result);
      return result;
    }
    if (task.attempt() == 1 && failFast.tripped()) {
      // Re-runs (--retry-lost, --rerun-failing) still run: they finish work that did start.
      ShardResult result =
          SkippedWork.of(shard, shardCount, sourceFilesOf(shard), failFast.reason());
      progress.shardFinished(result);
      return result;
    }
    progress.shardStarted(shard);
    long start = clock.nanoTime();
    Instant startedAt = clock.now();
    AtomicReference<Instant> runningAt = new AtomicReference<>();
    AtomicReference<String> stopReason = new AtomicReference<>();
    List<RunClock.Timer> timers = new CopyOnWriteArrayList<>();
    AtomicReference<StallWatch> stallWatch = new AtomicReference<>();
    ContainerExit exit;
    ShardUnit unit =
        runtime.prepare(
            new ShardRuntime.UnitRequest(
                task, index, shardDir, relativeDir, () -> runStopReason != null));
    String serviceFailure = unit.servicesFailure();
    try {
      Files.createDirectories(shardDir);
      if (serviceFailure != null) {
        Files.writeString(
            shardDir.resolve("output.log"), "testshard: not run: " + serviceFailure + "\n");
        exit = ContainerExit.failed(serviceFailure);
      } else {
        try (OutputStream log = openLog(shardDir.resolve("output.log"))) {
          exit =
              unit.run(
                  freeingSlot(watched(events(task, unit, collector, log), stallWatch), slot),
                  log,
                  shardDir.resolve("junit"),
                  name -> {
                    runningAt.set(clock.now());
                    progress.containerStarted(shard, name);
                    running.add(unit);
                    if (runStopReason != null) {
                      unit.kill();
                    }
                    timers.addAll(deadlines(shard, unit, stallWatch.get(), stopReason));
                  });
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      timers.forEach(RunClock.Timer::cancel);
      running.remove(unit);
    }
    if (collector.helloMillis() == 0 && serviceFailure == null) {
      collector.jvmStartFailure(
          JvmStartFailure.fromLog(shardDir.resolve("output.log"), settings.limits().pids()));
    }
    String reason = stopReason.get();
    if (reason == null && runStopReason != null && !collector.sawFinalEvent()) {
      reason = runStopReason;
    }
    if (exit.failure() != null && engineStoppedAnswering()) {
      // Name the cause, not the symptom ("could not follow container: Premature end of chunk"),
      // and start no more shards: they would all fail the same way.
      exit = ContainerExit.failed(engineLost + " (" + exit.failure() + ")");
      if (engineLost.equals(reason)) {
        reason = null; // another shard found the engine gone first: nobody stopped this one
      }
      stopRun(engineLost);
    }
    if (task.queue() != null) {
      // Classes taken from the history before discovery ended: account for them test by test.
      collector.refine(task.queue()::discovered, task.queue().discoveryComplete());
    }
    ShardResult result =
        collector
            .finish(exit.stoppedBecause(reason), (clock.nanoTime() - start) / 1e9)
            .withTiming(timing(shard, startedAt, runningAt.get(), collector));
    unit.release(result);
    progress.shardFinished(result);
    return result;
  }

  /**
   * Where a unit's events go: the collector and the progress display, and for a worker the feeder,
   * which answers each {@code ready} with its next batch.
   */
  private AgentEventSink events(
      ShardTask task, ShardUnit unit, ShardResultCollector collector, OutputStream log) {
    return new EventSinkToCollector(
        task.shard(),
        collector,
        progress,
        task.queue() == null
            ? event -> {}
            : new WorkerFeeder(
                unit,
                task,
                collector,
                () -> runStopReason != null || failFast.tripped(),
                // with --fail-fast, a class at a time: no class starts after the limit
                settings.failFast() == 0),
        note -> ShardLog.note(log, note));
  }

  /** The events, freeing the unit's slot at the agent's final event (see {@link Slots}). */
  private static AgentEventSink freeingSlot(AgentEventSink events, Slots.Slot slot) {
    return new AgentEventSink() {
      @Override
      public void event(AgentEvent event) {
        events.event(event);
        if (event.is(EventType.FINISHED) || event.is(EventType.AGENT_ERROR)) {
          slot.release();
        }
      }

      @Override
      public void protocolError(String message) {
        events.protocolError(message);
      }
    };
  }

  /** The events, watched for progress when the default deadline applies. */
  private AgentEventSink watched(AgentEventSink events, AtomicReference<StallWatch> watch) {
    StallLimit limit = settings.effectiveStallLimit();
    if (limit == null) {
      return events;
    }
    watch.set(new StallWatch(events, limit, clock::nanoTime));
    return watch.get();
  }

  /**
   * The deadlines of a unit that runs: the shard timeout, or the default deadline's watch, or
   * neither.
   */
  private List<RunClock.Timer> deadlines(
      Shard shard, ShardUnit unit, StallWatch watch, AtomicReference<String> stopReason) {
    List<RunClock.Timer> timers = new ArrayList<>();
    if (watch != null) {
      timers.add(watchForStalls(shard, unit, watch, stopReason));
    }
    Duration timeout = settings.shardTimeout();
    if (timeout != null) {
      timers.add(
          clock.after(
              timeout,
              () -> {
                stopReason.set("the shard timeout of " + Durations.format(timeout) + " expired");
                unit.kill();
              }));
    }
    return timers;
  }

  /**
   * Checks the unit for progress until it ends: warns once per stall on the console, and stops it
   * at the default deadline.
   */
  private RunClock.Timer watchForStalls(
      Shard shard, ShardUnit unit, StallWatch watch, AtomicReference<String> stopReason) {
    long period =
        Math.max(100, Math.min(5_000, settings.effectiveStallLimit().floor().toMillis() / 10));
    AtomicReference<RunClock.Timer> self = new AtomicReference<>();
    self.set(
        clock.every(
            Duration.ofMillis(period),
            () -> {
              switch (watch.check()) {
                case STUCK -> progress.note(watch.stuckWarning(shard.id()));
                case STALLED -> {
                  stopReason.compareAndSet(null, watch.stallReason());
                  unit.kill();
                  RunClock.Timer checks = self.get();
                  if (checks != null) {
                    checks.cancel();
                  }
                }
                case PROGRESSING -> {}
              }
            }));
    return self.get();
  }

  /**
   * The shard's output log. A disk that fills up loses output (AgentContainer ignores failed
   * writes), never the shard's results, which arrive as events; writing the report then says so.
   */
  private static OutputStream openLog(Path file) throws IOException {
    return new BufferedOutputStream(Files.newOutputStream(file)) {
      @Override
      public void close() {
        try {
          super.close();
        } catch (IOException e) {
          // the rest of the output is lost, as the writes were
        }
      }
    };
  }

  /** The container's overhead: start, JVM start, and the time until the first test class. */
  private RunTimings.ShardTiming timing(
      Shard shard, Instant startedAt, Instant runningAt, ShardResultCollector collector) {
    Instant endedAt = clock.now();
    double containerStart = runningAt == null ? 0 : seconds(startedAt, runningAt);
    double jvmStart =
        runningAt == null || collector.helloMillis() == 0
            ? 0
            : Math.max(0, (collector.helloMillis() - runningAt.toEpochMilli()) / 1000.0);
    double firstTest =
        collector.firstClassMillis() == 0
            ? 0
            : Math.max(0, (collector.firstClassMillis() - startedAt.toEpochMilli()) / 1000.0);
    return new RunTimings.ShardTiming(
        shard.id(),
        startedAt,
        endedAt,
        seconds(startedAt, endedAt),
        containerStart,
        jvmStart,
        firstTest,
        // to the millisecond, as the agent's sum of its JVMs' times is no more exact
        collector.cpuSeconds() > 0 ? Math.round(collector.cpuSeconds() * 1000) / 1000.0 : null);
  }

  private static double seconds(Instant from, Instant to) {
    return Duration.between(from, to).toNanos() / 1e9;
  }

  private static ThreadFactory namedThreads(String prefix) {
    AtomicInteger number = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
