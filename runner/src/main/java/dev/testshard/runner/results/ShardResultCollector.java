package dev.testshard.runner.results;

import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.EventType;
import dev.testshard.report.Outcome;
import dev.testshard.report.Problem;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.protocol.AgentEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a shard's results from the agent's events, and accounts for lost work: every planned test
 * that never reported becomes an error naming the cause. A shard counts as complete only when the
 * agent sent its final {@code finished} event and the container exited with 0.
 *
 * <p>Only events about what this container was given count (docs/protocol.md, "Trust"): an event
 * for a class it was not given, a test of a class that has not started or has already finished, a
 * class that starts twice or finishes without having started is ignored, and so is a second test
 * event for the same test id unless its outcome is worse (then it replaces the first). {@link
 * #accept} says why it ignored an event, for the shard's log.
 *
 * <p>Pure apart from its inputs; not thread-safe (events of one shard arrive on one thread).
 */
public final class ShardResultCollector {

  /** The {@code type} of the error that stands for a planned test that never reported. */
  public static final String LOST_TYPE = Problem.LOST_TYPE;

  private final Shard shard;
  private final List<DiscoveredClass> assigned = new ArrayList<>();
  private final int shardCount;
  private final Function<String, String> sourceFileOfClass;
  private final String logPointer;
  private final Map<String, ClassState> classes = new LinkedHashMap<>();
  private final List<String> warnings = new ArrayList<>();
  private boolean finished;
  private long helloMillis;
  private long firstClassMillis;
  private double cpuSeconds;
  private String agentError;
  private String protocolError;
  private String engineFailure;
  private String jvmStartFailure;
  private final Map<String, String> failedTestIds = new LinkedHashMap<>();
  private int ignoredEvents;

  /**
   * @param sourceFileOfClass repository-relative source file of a top-level class, or null
   * @param logPointer where the shard's full output is, for messages (e.g. shards/x/output.log)
   */
  public ShardResultCollector(
      Shard shard, int shardCount, Function<String, String> sourceFileOfClass, String logPointer) {
    this.shard = shard;
    this.shardCount = shardCount;
    this.sourceFileOfClass = sourceFileOfClass;
    this.logPointer = logPointer;
    for (DiscoveredClass planned : shard.classes()) {
      assign(planned);
    }
  }

  /**
   * Adds a class to the shard's plan: in dynamic mode a worker's classes are handed out one at a
   * time, and each one it was given must report or be accounted for as lost.
   */
  public void assign(DiscoveredClass planned) {
    if (!classes.containsKey(planned.className())) {
      classes.put(planned.className(), new ClassState(planned));
      assigned.add(planned);
    }
  }

  /**
   * Gives classes that were assigned before their tests were known (a worker took them from the
   * timing history while discovery ran) what discovery found for them, so that lost work is
   * accounted test by test; {@code discovered} answers null for a class it does not know. Once
   * discovery is {@code complete}, such a class that discovery did not find (the module's selection
   * leaves it out, say {@code -Dtest} names another) and that reported nothing was never a test
   * class of this run, and is dropped.
   */
  public void refine(Function<String, DiscoveredClass> discovered, boolean complete) {
    for (int i = assigned.size() - 1; i >= 0; i--) {
      DiscoveredClass early = assigned.get(i);
      if (!early.tests().isEmpty()) {
        continue;
      }
      DiscoveredClass found = discovered.apply(early.className());
      ClassState state = classes.get(early.className());
      if (found != null) {
        assigned.set(i, found);
        state.planned = found;
      } else if (complete && state.started == null && state.cases.isEmpty() && !state.finished) {
        assigned.remove(i);
        classes.remove(early.className());
      }
    }
  }

  /**
   * Feeds one event (of a well-formed stream: {@link AgentEvent#parse} checked it).
   *
   * @return empty when the event counts; else why it was ignored, or that it replaced an earlier
   *     result, one sentence for the shard's log
   */
  public Optional<String> accept(AgentEvent event) {
    Optional<String> ignored = untrusted(event);
    if (ignored.isPresent()) {
      ignoredEvents++;
      return ignored;
    }
    switch (event.type()) {
      case HELLO -> helloMillis = event.number(EventField.TIME, 0);
      case CLASS_STARTED -> {
        if (firstClassMillis == 0) {
          firstClassMillis = event.number(EventField.TIME, 0);
        }
        classes.get(event.text(EventField.CLASS)).started =
            Instant.ofEpochMilli(event.number(EventField.TIME, System.currentTimeMillis()));
      }
      case TEST -> {
        return onTest(event);
      }
      case CLASS_FINISHED -> {
        ClassState state = classes.get(event.text(EventField.CLASS));
        state.finished = true;
        state.seconds = event.decimal(EventField.SECONDS);
      }
      case CLASS_ERROR -> onClassError(event);
      case CONTAINER_FAILED -> {
        engineFailure = event.text(EventField.NAME) + " failed: " + event.text(EventField.MESSAGE);
        warnings.add(engineFailure);
      }
      case WARNING -> warnings.add(event.text(EventField.MESSAGE));
      case AGENT_ERROR -> agentError = event.text(EventField.MESSAGE);
      case FINISHED -> {
        finished = true;
        cpuSeconds = event.decimal(EventField.CPU_SECONDS);
      }
      default -> {
        // ready (the worker feeder's), and events of other modes
      }
    }
    return Optional.empty();
  }

  /** Why an event about a class is not to be trusted, or empty when it may count. */
  private Optional<String> untrusted(AgentEvent event) {
    EventType type = event.type();
    boolean aboutClass =
        type == EventType.CLASS_STARTED
            || type == EventType.TEST
            || type == EventType.CLASS_FINISHED
            || type == EventType.CLASS_ERROR;
    if (!aboutClass) {
      return Optional.empty();
    }
    String className = event.text(EventField.CLASS);
    ClassState state = classes.get(className);
    if (state == null) {
      return ignoring(event, "class " + className + " was not given to this container");
    }
    boolean notYetStarted = state.started == null && !state.finished;
    boolean running = state.started != null && !state.finished;
    return switch (type) {
      case CLASS_STARTED, CLASS_ERROR ->
          notYetStarted
              ? Optional.empty()
              : ignoring(event, "class " + className + " had already started or ended");
      default ->
          running ? Optional.empty() : ignoring(event, "class " + className + " was not running");
    };
  }

  private static Optional<String> ignoring(AgentEvent event, String why) {
    return Optional.of(
        "ignored a '" + event.type().wireName() + "' event: " + why + ": " + event.abbreviated());
  }

  /** Records a line that carried the protocol prefix but could not be read. */
  public void protocolError(String message) {
    if (protocolError == null) {
      protocolError = message;
    }
  }

  /**
   * Records why the test JVM died before its agent started, as its output says (e.g. it cannot
   * start threads), for the lost tests' message.
   */
  public void jvmStartFailure(String cause) {
    jvmStartFailure = cause;
  }

  /** When the agent started (epoch ms, the container's clock), or 0. */
  public long helloMillis() {
    return helloMillis;
  }

  /** When the first test class started (epoch ms), or 0. */
  /** The CPU time the agent's JVM (and its class JVMs) used, from {@code finished}; 0 unknown. */
  public double cpuSeconds() {
    return cpuSeconds;
  }

  public long firstClassMillis() {
    return firstClassMillis;
  }

  /** Whether the agent sent its final event. */
  public boolean sawFinalEvent() {
    return finished;
  }

  public ShardResult finish(ContainerExit exit, double durationSeconds) {
    String lostReason = lostReason(exit);
    List<String> warnings = new ArrayList<>(this.warnings);
    if (ignoredEvents > 0) {
      warnings.add(
          ignoredEvents
              + " event(s) of the agent did not count: about classes this container was not"
              + " given, tests of classes not running, or a second result for a test (see "
              + logPointer
              + ")");
    }
    List<TestSuiteResult> suites = new ArrayList<>();
    boolean anyLost = false;
    for (ClassState state : classes.values()) {
      List<TestCaseResult> cases = new ArrayList<>(state.cases);
      if (!state.finished) {
        String cause =
            lostReason != null
                ? lostReason
                : engineFailure != null
                    ? engineFailure
                    : "the agent finished without reporting this class";
        int before = cases.size();
        addLost(state, cases, cause);
        anyLost |= cases.size() > before || lostReason != null;
      }
      double seconds = state.seconds;
      if (seconds <= 0) {
        seconds = cases.stream().mapToDouble(TestCaseResult::timeSeconds).sum();
      }
      Map<String, String> properties = new LinkedHashMap<>();
      properties.put("testshard.shard", shard.id());
      properties.put("testshard.shards", Integer.toString(shardCount));
      suites.add(
          new TestSuiteResult(
              state.planned.className(),
              shard.id(),
              state.started,
              seconds,
              sourceFileOfClass.apply(state.planned.className()),
              properties,
              cases));
    }
    ShardStatus status = ShardStatus.of(lostReason != null || anyLost, suites);
    String reason = lostReason != null || !anyLost ? lostReason : "some classes never reported";
    Shard planned = new Shard(shard.id(), shard.module(), assigned, shard.predictedSeconds());
    return new ShardResult(
        planned, suites, status, reason, exit, durationSeconds, warnings, failedTestIds, null);
  }

  private String lostReason(ContainerExit exit) {
    if (exit.stopReason() != null) {
      return exit.stopReason() + "; the container was stopped";
    }
    if (exit.failure() != null) {
      return exit.failure();
    }
    if (exit.oomKilled()) {
      return "the container ran out of memory and was killed (exit code " + exit.exitCode() + ")";
    }
    if (agentError != null) {
      return "the agent failed: " + agentError;
    }
    if (protocolError != null) {
      return "the agent's event stream was unreadable: " + protocolError;
    }
    if (!finished) {
      if (exit.exitCode() == null) {
        return "the container did not report an exit code";
      }
      return switch (exit.exitCode()) {
        case 137 -> "the container was killed (SIGKILL, exit code 137) before the agent finished";
        case 143 -> "the container was stopped (SIGTERM, exit code 143) before the agent finished";
        default ->
            "the test JVM exited with code "
                + exit.exitCode()
                + " before the agent finished"
                + (jvmStartFailure == null ? "" : ": " + jvmStartFailure);
      };
    }
    if (exit.exitCode() != null && exit.exitCode() != 0) {
      return "the container exited with code " + exit.exitCode();
    }
    return null;
  }

  private void addLost(ClassState state, List<TestCaseResult> cases, String cause) {
    String message = "not run: " + cause + " (see " + logPointer + ")";
    UnreportedTests.addStandIns(
        state.planned,
        state.reported,
        !state.cases.isEmpty(),
        cases,
        Outcome.ERROR,
        new Problem(message, LOST_TYPE, message));
  }

  /**
   * Takes a test's result. A second result for the same test id (a broken stream: the agent reports
   * each test once) counts only when its outcome is worse, so that no stream can turn a failure
   * into a pass; it then replaces the first.
   */
  private Optional<String> onTest(AgentEvent event) {
    ClassState state = classes.get(event.text(EventField.CLASS));
    String id = event.text(EventField.ID);
    String classname =
        event.text(EventField.CLASSNAME) != null
            ? event.text(EventField.CLASSNAME)
            : event.text(EventField.CLASS);
    String name = event.text(EventField.NAME);
    Outcome outcome = event.outcome();
    Problem problem =
        outcome == Outcome.PASSED
            ? null
            : new Problem(
                event.text(EventField.MESSAGE),
                event.text(EventField.TYPE),
                event.text(EventField.TRACE));
    TestCaseResult result =
        new TestCaseResult(
            classname,
            name,
            event.decimal(EventField.SECONDS),
            outcome,
            problem,
            event.text(EventField.STDOUT),
            event.text(EventField.STDERR));
    Integer earlier = state.caseById.get(id);
    if (earlier != null) {
      ignoredEvents++;
      TestCaseResult first = state.cases.get(earlier);
      if (severity(outcome) <= severity(first.outcome())) {
        return ignoring(event, "test " + id + " had already reported " + first.outcome());
      }
      failedTestIds.remove(ShardResult.key(first.className(), first.name()));
      state.cases.set(earlier, result);
    } else {
      state.caseById.put(id, state.cases.size());
      state.cases.add(result);
    }
    state.reported.add(ShardResult.key(classname, name));
    if (outcome == Outcome.FAILED || outcome == Outcome.ERROR) {
      failedTestIds.put(ShardResult.key(classname, name), id);
    }
    return earlier == null
        ? Optional.empty()
        : Optional.of(
            "a second result for test "
                + id
                + " replaced the first, being worse: "
                + event.abbreviated());
  }

  /** How bad an outcome is: a second result for a test counts only when it is worse. */
  private static int severity(Outcome outcome) {
    return switch (outcome) {
      case PASSED -> 0;
      case SKIPPED -> 1;
      case FAILED -> 2;
      case ERROR -> 3;
    };
  }

  private void onClassError(AgentEvent event) {
    ClassState state = classes.get(event.text(EventField.CLASS));
    Problem problem =
        new Problem(
            event.text(EventField.MESSAGE),
            event.text(EventField.TYPE),
            event.text(EventField.TRACE));
    UnreportedTests.addStandIns(
        state.planned, state.reported, !state.cases.isEmpty(), state.cases, Outcome.ERROR, problem);
    state.finished = true;
  }

  private static final class ClassState {
    DiscoveredClass planned;
    final List<TestCaseResult> cases = new ArrayList<>();
    final Set<String> reported = new HashSet<>();
    final Map<String, Integer> caseById = new HashMap<>();
    Instant started;
    boolean finished;
    double seconds;

    ClassState(DiscoveredClass planned) {
      this.planned = planned;
    }
  }
}
