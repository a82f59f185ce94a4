package dev.testshard.runner.execution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testshard.agent.protocol.Protocol;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.protocol.AgentEvent;
import dev.testshard.runner.protocol.AgentEventSink;
import dev.testshard.runner.results.ContainerExit;
import dev.testshard.runner.results.ShardResult;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A {@link ShardRuntime} with no Docker: each unit plays the agent from a script of what each test
 * class does when it runs (pass, fail, die, hang), emitting the events a real agent would, through
 * the real parser. A worker asks for batches with {@code ready} and runs what it is fed until
 * {@code STOP}. Records what the executor asked of it, in order, for the tests to check.
 */
final class FakeShardRuntime implements ShardRuntime {

  /** What a test class does when a unit runs it. */
  enum Behaviour {
    /** Every test passes. */
    PASS,
    /** The first test fails, the others pass. */
    FAIL,
    /** The first test passes, then the unit dies (exit 137) mid-class. */
    DIE,
    /** The first test passes, then nothing more comes until the unit is killed. */
    HANG,
    /** The first test passes, then the backend stops answering: the unit fails on its side. */
    BACKEND_GONE
  }

  /** What {@link #lostBackend} says once a class went {@link Behaviour#BACKEND_GONE}. */
  static final String BACKEND_LOST = "the fake backend stopped answering";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Deque<Behaviour>> scripts = new ConcurrentHashMap<>();
  private final Map<String, String> servicesFailing = new ConcurrentHashMap<>();
  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
  private final List<List<String>> feeds = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger runningNow = new AtomicInteger();
  private final AtomicInteger mostAtOnce = new AtomicInteger();
  private final CountDownLatch hanging = new CountDownLatch(1);
  private boolean services;
  private volatile String lost;
  private long unitMillis;
  private long lingerMillis;

  /** The class behaves so on its first run, the next on its second, and so on; then passes. */
  FakeShardRuntime script(String className, Behaviour... runs) {
    scripts.put(className, new ArrayDeque<>(List.of(runs)));
    return this;
  }

  /** Every unit has services: started in prepare, removed in release. */
  FakeShardRuntime withServices() {
    services = true;
    return this;
  }

  /** The services of this shard never get ready. */
  FakeShardRuntime servicesFail(String shardId, String why) {
    services = true;
    servicesFailing.put(shardId, why);
    return this;
  }

  /** Each unit takes this long (real time) after starting, so that units overlap. */
  FakeShardRuntime unitsTake(long millis) {
    unitMillis = millis;
    return this;
  }

  /** Units go on this long after their final event (a JVM's exit, results copied out). */
  FakeShardRuntime unitsLingerAfterTheirFinalEvent(long millis) {
    lingerMillis = millis;
    return this;
  }

  /** What the executor asked, e.g. {@code "prepare a"}, {@code "run a"}, {@code "class a X"}. */
  List<String> calls() {
    return List.copyOf(calls);
  }

  /** The calls about one shard or worker, without its name: {@code "run"}, {@code "release"}. */
  List<String> callsOf(String shardId) {
    List<String> of = new ArrayList<>();
    for (String call : calls()) {
      String[] words = call.split(" ", 3);
      if (words.length > 1 && words[1].equals(shardId)) {
        of.add(words.length > 2 ? words[0] + " " + words[2] : words[0]);
      }
    }
    return of;
  }

  /** The batches fed to workers, in order; an empty one is {@code STOP}. */
  List<List<String>> feeds() {
    return List.copyOf(feeds);
  }

  int mostUnitsAtOnce() {
    return mostAtOnce.get();
  }

  /** Waits until a unit hangs (its timers are set by then). */
  void awaitHanging() throws InterruptedException {
    if (!hanging.await(10, TimeUnit.SECONDS)) {
      throw new AssertionError("no unit hung");
    }
  }

  @Override
  public ShardUnit prepare(UnitRequest request) {
    String id = request.task().shard().id();
    calls.add("prepare " + id);
    String failure = servicesFailing.get(id);
    if (services && failure == null) {
      calls.add("services-up " + id);
    }
    return new Unit(request.task(), failure);
  }

  @Override
  public String lostBackend() {
    return lost;
  }

  @Override
  public List<ShardExecutor.KeptShard> kept() {
    return List.of();
  }

  private Behaviour next(String className) {
    Deque<Behaviour> runs = scripts.get(className);
    Behaviour behaviour = runs == null ? null : runs.poll();
    return behaviour == null ? Behaviour.PASS : behaviour;
  }

  /** One unit: plays a run-mode agent over its shard's classes, or a worker over its batches. */
  private final class Unit implements ShardUnit {
    private final ShardExecutor.ShardTask task;
    private final String servicesFailure;
    private final String id;
    private final Map<Long, List<String>> fed = new HashMap<>();
    private final CountDownLatch killed = new CountDownLatch(1);
    private volatile boolean started;

    Unit(ShardExecutor.ShardTask task, String servicesFailure) {
      this.task = task;
      this.servicesFailure = servicesFailure;
      this.id = task.shard().id();
    }

    @Override
    public String servicesFailure() {
      return servicesFailure;
    }

    @Override
    public ContainerExit run(
        AgentEventSink events, OutputStream log, Path resultsDir, Consumer<String> onStarted) {
      calls.add("run " + id + " attempt-" + task.attempt());
      started = true;
      mostAtOnce.accumulateAndGet(runningNow.incrementAndGet(), Math::max);
      boolean counted = true;
      try {
        onStarted.accept("fake-" + id);
        if (unitMillis > 0) {
          Thread.sleep(unitMillis);
        }
        emit(events, Map.of("event", "hello", "protocol", Protocol.VERSION, "time", 1));
        Integer exit =
            task.queue() == null ? runClasses(events, task.shard().classes()) : work(events);
        if (exit != null && exit < 0) {
          return ContainerExit.failed("could not follow the unit: premature end of stream");
        }
        if (exit != null) {
          return ContainerExit.exited(exit, false);
        }
        // Past its final event a unit no longer counts against the parallel limit.
        runningNow.decrementAndGet();
        counted = false;
        emit(events, Map.of("event", "finished"));
        if (lingerMillis > 0) {
          Thread.sleep(lingerMillis);
          calls.add("ended " + id);
        }
        return ContainerExit.exited(0, false);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return ContainerExit.failed("interrupted");
      } finally {
        if (counted) {
          runningNow.decrementAndGet();
        }
      }
    }

    /** A worker: asks for batch after batch until STOP; the exit code when it died, or null. */
    private Integer work(AgentEventSink events) throws InterruptedException {
      Map<String, DiscoveredClass> known = new HashMap<>();
      for (long batch = 1; ; batch++) {
        emit(events, Map.of("event", "ready", "batch", batch));
        List<String> names = fed.get(batch);
        if (names == null || names.isEmpty()) {
          return null;
        }
        List<DiscoveredClass> classes = new ArrayList<>();
        for (String name : names) {
          known.computeIfAbsent(name, FakeShardRuntime::classNamed);
          classes.add(known.get(name));
        }
        Integer exit = runClasses(events, classes);
        if (exit != null) {
          return exit;
        }
      }
    }

    /**
     * Runs the classes as scripted; the exit code when the unit died (negative: the backend
     * failed), or null.
     */
    private Integer runClasses(AgentEventSink events, List<DiscoveredClass> classes)
        throws InterruptedException {
      for (DiscoveredClass testClass : classes) {
        String name = testClass.className();
        Behaviour behaviour = next(name);
        calls.add("class " + id + " " + name + " " + behaviour);
        emit(events, Map.of("event", "class-started", "class", name, "time", 2));
        List<DiscoveredClass.PlannedTest> tests = testClass.tests();
        for (int i = 0; i < tests.size(); i++) {
          boolean first = i == 0;
          if (!first && behaviour == Behaviour.DIE) {
            return 137;
          }
          if (!first && behaviour == Behaviour.BACKEND_GONE) {
            lost = BACKEND_LOST;
            return -1;
          }
          if (!first && behaviour == Behaviour.HANG) {
            hanging.countDown();
            killed.await();
            return 137;
          }
          String status = first && behaviour == Behaviour.FAIL ? "FAILED" : "PASSED";
          emit(events, test(name, tests.get(i).name(), status));
        }
        emit(
            events,
            Map.of("event", "class-finished", "class", name, "status", "SUCCESSFUL", "seconds", 1));
      }
      return null;
    }

    @Override
    public void feed(long number, List<String> classNames) {
      calls.add("feed " + id + " " + number + " " + classNames);
      feeds.add(List.copyOf(classNames));
      fed.put(number, List.copyOf(classNames));
    }

    @Override
    public void kill() {
      if (started) {
        calls.add("kill " + id);
      }
      killed.countDown();
    }

    @Override
    public void release(ShardResult result) {
      calls.add("release " + id + " " + result.status());
      if (services && servicesFailure == null) {
        calls.add("services-down " + id);
      }
    }
  }

  private static Map<String, Object> test(String className, String name, String status) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("event", "test");
    event.put("id", "[class:" + className + "]/[method:" + name + "]");
    event.put("class", className);
    event.put("classname", className);
    event.put("name", name);
    event.put("status", status);
    event.put("seconds", 0.5);
    if (status.equals("FAILED")) {
      event.put("message", "scripted failure");
    }
    return event;
  }

  private static void emit(AgentEventSink events, Map<String, Object> fields) {
    try {
      events.event(
          AgentEvent.parse(Protocol.PREFIX + JSON.writeValueAsString(fields)).orElseThrow());
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /** A class of module {@code m} with two tests, {@code one} and {@code two}. */
  static DiscoveredClass classNamed(String name) {
    return new DiscoveredClass(
        "m",
        name,
        List.of("junit-jupiter"),
        List.of(
            new DiscoveredClass.PlannedTest(name, "one"),
            new DiscoveredClass.PlannedTest(name, "two")));
  }
}
