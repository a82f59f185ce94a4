package dev.testshard.runner.exec;

import dev.testshard.report.RunTimings;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.EngineException;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.plan.ShardPlan;
import dev.testshard.runner.services.ServiceContext;
import dev.testshard.runner.services.ShardServices;
import dev.testshard.runner.snapshot.ContainerLayout;
import dev.testshard.runner.snapshot.Snapshot;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Runs every shard of a plan in its own container, at most {@code parallel} at once, and returns
 * the results in plan order. A shard whose container fails, or that a deadline stops, is reported
 * as lost with its partial results; it never stops the other shards.
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

  private final ContainerEngine engine;
  private final RunResources resources;
  private final Snapshot snapshot;
  private final ExecutionSettings settings;
  private final FailFast failFast;
  private final ProgressListener progress;
  private final BiFunction<String, String, String> sourceFiles;
  private final ShardContainers containers;
  private final ServicesOfShards serviceLifecycle;
  private final Set<String> running = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService deadlines =
      Executors.newSingleThreadScheduledExecutor(namedThreads("testshard-deadline-"));
  private boolean runDeadlineSet;
  private volatile String runStopReason;
  private volatile String engineLost;

  public ShardExecutor(
      ContainerEngine engine,
      RunResources resources,
      Snapshot snapshot,
      ExecutionSettings settings,
      ProgressListener progress,
      BiFunction<String, String, String> sourceFiles,
      ServiceContext services) {
    this.engine = engine;
    this.resources = resources;
    this.snapshot = snapshot;
    this.settings = settings;
    this.failFast = new FailFast(settings.failFast());
    this.progress =
        failFast.counting(
            progress,
            () ->
                progress.note(
                    "--fail-fast: "
                        + settings.failFast()
                        + " failed test(s); no new class starts, running ones finish"));
    this.sourceFiles = sourceFiles;
    this.containers = new ShardContainers(snapshot, settings, resources);
    this.serviceLifecycle =
        new ServicesOfShards(
            services,
            snapshot,
            resources,
            progress,
            settings.keepOnFailure(),
            () -> runStopReason != null);
  }

  /** Failed shards whose services were left running ({@code --keep-on-failure}). */
  public List<KeptShard> kept() {
    return serviceLifecycle.kept();
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
      deadlines.schedule(
          () ->
              stopRun("the run timeout of " + Durations.format(settings.runTimeout()) + " expired"),
          settings.runTimeout().toMillis(),
          TimeUnit.MILLISECONDS);
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(settings.parallel(), tasks.size())),
            namedThreads("testshard-shard-"));
    try {
      List<Future<ShardResult>> futures = new ArrayList<>();
      for (int i = 0; i < tasks.size(); i++) {
        ShardTask task = tasks.get(i);
        int index = i + 1;
        futures.add(pool.submit(() -> runShard(task, index)));
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
    deadlines.shutdownNow();
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
    if (engineLost != null) {
      return true;
    }
    try {
      engine.ping();
      return false;
    } catch (EngineException e) {
      engineLost = "the Docker engine at " + engine.endpoint() + " stopped answering";
      return true;
    }
  }

  /** Stops every running container and starts no more shards. */
  private void stopRun(String reason) {
    runStopReason = reason;
    for (String id : List.copyOf(running)) {
      killQuietly(id);
    }
  }

  /** Source files of the shard's classes, in its module first. */
  private Function<String, String> sourceFilesOf(Shard shard) {
    return className -> sourceFiles.apply(shard.module(), className);
  }

  private ShardResult runShard(ShardTask task, int index) {
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
    long start = System.nanoTime();
    Instant startedAt = Instant.now();
    AtomicReference<Instant> runningAt = new AtomicReference<>();
    AtomicReference<String> stopReason = new AtomicReference<>();
    AtomicReference<ScheduledFuture<?>> deadline = new AtomicReference<>();
    AtomicReference<String> containerId = new AtomicReference<>();
    AtomicReference<StallWatch> stallWatch = new AtomicReference<>();
    ContainerExit exit;
    ShardServices shardServices = serviceLifecycle.start(task, index, shardDir, relativeDir);
    String serviceFailure = shardServices == null ? null : shardServices.failure();
    try {
      Files.createDirectories(shardDir);
      if (serviceFailure != null) {
        Files.writeString(
            shardDir.resolve("output.log"), "testshard: not run: " + serviceFailure + "\n");
        throw new ServicesNotReady(serviceFailure);
      }
      try (OutputStream log = openLog(shardDir.resolve("output.log"))) {
        DockerSessionSweep dockerSessions = new DockerSessionSweep(engine);
        exit =
            new AgentContainer(engine, resources)
                .run(
                    containers.spec(
                        task, index, serviceLifecycle.testEnvironment(task, index), shardServices),
                    watched(
                        dockerSessions.recording(
                            new EventSinkToCollector(
                                shard,
                                collector,
                                progress,
                                task.queue() == null
                                    ? event -> {}
                                    : new WorkerFeeder(
                                        engine,
                                        task,
                                        collector,
                                        containerId::get,
                                        () -> runStopReason != null || failFast.tripped(),
                                        // with --fail-fast, a class at a time: no class starts
                                        // after the limit
                                        settings.failFast() == 0),
                                note -> AgentContainer.writeNote(log, note))),
                        stallWatch),
                    log,
                    ContainerLayout.REPORTS,
                    shardDir.resolve("junit"),
                    id -> {
                      runningAt.set(Instant.now());
                      containerId.set(id);
                      progress.containerStarted(shard, id);
                      running.add(id);
                      if (runStopReason != null) {
                        killQuietly(id);
                      }
                      Duration timeout = settings.shardTimeout();
                      if (stallWatch.get() != null) {
                        deadline.set(watchForStalls(shard, id, stallWatch.get(), stopReason));
                      }
                      if (timeout != null) {
                        deadline.set(
                            deadlines.schedule(
                                () -> {
                                  stopReason.set(
                                      "the shard timeout of "
                                          + Durations.format(timeout)
                                          + " expired");
                                  killQuietly(id);
                                },
                                timeout.toMillis(),
                                TimeUnit.MILLISECONDS));
                      }
                    });
        dockerSessions.removeLeftovers(log);
      }
    } catch (ServicesNotReady e) {
      exit = ContainerExit.failed(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      ScheduledFuture<?> pending = deadline.get();
      if (pending != null) {
        pending.cancel(false);
      }
      if (containerId.get() != null) {
        running.remove(containerId.get());
      }
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
            .finish(exit.stoppedBecause(reason), (System.nanoTime() - start) / 1e9)
            .withTiming(timing(shard, startedAt, runningAt.get(), collector));
    if (shardServices != null) {
      serviceLifecycle.finish(shardServices, result);
    }
    progress.shardFinished(result);
    return result;
  }

  /** The events, watched for progress when the default deadline applies. */
  private AgentContainer.EventSink watched(
      AgentContainer.EventSink events, AtomicReference<StallWatch> watch) {
    StallLimit limit = settings.effectiveStallLimit();
    if (limit == null) {
      return events;
    }
    watch.set(new StallWatch(events, limit, System::nanoTime));
    return watch.get();
  }

  /**
   * Checks the container for progress until it ends: warns once per stall on the console, and stops
   * it at the default deadline.
   */
  private ScheduledFuture<?> watchForStalls(
      Shard shard, String containerId, StallWatch watch, AtomicReference<String> stopReason) {
    long period =
        Math.max(100, Math.min(5_000, settings.effectiveStallLimit().floor().toMillis() / 10));
    AtomicReference<ScheduledFuture<?>> self = new AtomicReference<>();
    self.set(
        deadlines.scheduleAtFixedRate(
            () -> {
              switch (watch.check()) {
                case STUCK -> progress.note(watch.stuckWarning(shard.id()));
                case STALLED -> {
                  stopReason.compareAndSet(null, watch.stallReason());
                  killQuietly(containerId);
                  ScheduledFuture<?> checks = self.get();
                  if (checks != null) {
                    checks.cancel(false);
                  }
                }
                case PROGRESSING -> {}
              }
            },
            period,
            period,
            TimeUnit.MILLISECONDS));
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

  /** The shard's services never became ready: its tests cannot run. */
  private static final class ServicesNotReady extends Exception {
    private static final long serialVersionUID = 1L;

    ServicesNotReady(String message) {
      super(message);
    }
  }

  /** The container's overhead: start, JVM start, and the time until the first test class. */
  private static RunTimings.ShardTiming timing(
      Shard shard, Instant startedAt, Instant runningAt, ShardResultCollector collector) {
    Instant endedAt = Instant.now();
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
        firstTest);
  }

  private static double seconds(Instant from, Instant to) {
    return Duration.between(from, to).toNanos() / 1e9;
  }

  private void killQuietly(String containerId) {
    try {
      engine.kill(containerId);
    } catch (EngineException e) {
      // the container ended by itself meanwhile, or the engine is gone: nothing to stop
    }
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
