package dev.testshard.agent;

import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.EventType;
import dev.testshard.agent.protocol.TestStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Turns JUnit Platform execution callbacks into protocol events. Every test that the plan knows is
 * reported exactly once, also when its class fails in set-up (error) or is skipped as a whole, so
 * that nothing is silently missing from the report. Tests carry the names Maven Surefire gives them
 * ({@link SurefireNames}), and a class or method that fails or is skipped as a whole becomes the
 * test cases Surefire writes for it.
 *
 * <p>Thread-safe: engines may execute tests concurrently.
 */
final class ResultListener implements TestExecutionListener {

  /** Longest captured output per stream and test that goes into an event. */
  static final int MAX_CAPTURED_CHARS = 1 << 20;

  /** Ends a test's captured output that was longer than {@link #MAX_CAPTURED_CHARS}. */
  static final String TRUNCATED =
      "\n... [testshard: the capture of this output stops here, after "
          + MAX_CAPTURED_CHARS
          + " characters; the shard's output.log has all of it] ...\n";

  private final EventStream events;
  private final Reporting reporting;
  private final Map<String, Long> startNanos = new ConcurrentHashMap<>();
  private final Map<String, StringBuilder> stdout = new ConcurrentHashMap<>();
  private final Map<String, StringBuilder> stderr = new ConcurrentHashMap<>();
  private final Set<String> reported = ConcurrentHashMap.newKeySet();
  private final AtomicInteger reportedCount = new AtomicInteger();
  private final Map<String, Integer> configurationsSent = new ConcurrentHashMap<>();
  private final Queue<Runnable> unfinishedTestNgClasses = new ConcurrentLinkedQueue<>();
  private volatile TestPlan plan;
  private volatile SurefireNames names;

  /** Reports as Surefire 3.5 does by default ({@link Reporting#DEFAULT}). */
  ResultListener(EventStream events) {
    this(events, Reporting.DEFAULT);
  }

  /** Reports as the module's Surefire writes its report. */
  ResultListener(EventStream events, Reporting reporting) {
    this.events = events;
    this.reporting = reporting;
  }

  int reported() {
    return reportedCount.get();
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    this.plan = testPlan;
    this.names = new SurefireNames(testPlan, reporting);
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    startNanos.put(id.getUniqueId(), System.nanoTime());
    if (isTopLevelClass(id)) {
      events.emit(
          EventStream.event(EventType.CLASS_STARTED)
              .put(EventField.CLASS, className(id))
              .put(EventField.TIME, System.currentTimeMillis()));
    }
  }

  @Override
  public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
    entry
        .getKeyValuePairs()
        .forEach(
            (key, value) -> {
              if ("stdout".equals(key)) {
                append(stdout, id, value);
              } else if ("stderr".equals(key)) {
                append(stderr, id, value);
              }
            });
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    if (id.isTest()) {
      report(id, TestStatus.SKIPPED, 0, null, reason);
      return;
    }
    boolean topLevel = isTopLevelClass(id);
    if (topLevel) {
      events.emit(
          EventStream.event(EventType.CLASS_STARTED)
              .put(EventField.CLASS, className(id))
              .put(EventField.TIME, System.currentTimeMillis()));
    }
    int skipped = reportSkipped(id, reason);
    if (skipped == 0 && topLevel) {
      reportSynthetic(id, TestStatus.SKIPPED, null, reason);
    }
    if (topLevel) {
      finishClass(id, "SKIPPED", 0);
    }
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    Long start = startNanos.remove(id.getUniqueId());
    double seconds = start == null ? 0 : (System.nanoTime() - start) / 1e9;
    Throwable throwable = result.getThrowable().orElse(null);
    TestStatus status = status(id, result);
    boolean configurationFailure = false;
    if (testNgProvider(id) && id.getSource().isEmpty() && id.getParentId().isEmpty()) {
      configurationFailure =
          reportLateTestNgConfigurations(id)
              && (throwable == null || TestNgResults.isConfigurationThrowable(throwable));
      for (Runnable finish = unfinishedTestNgClasses.poll();
          finish != null;
          finish = unfinishedTestNgClasses.poll()) {
        finish.run();
      }
    }
    if (id.isTest()) {
      report(id, status, seconds, throwable, null, invokedTestNgName(id));
    } else if (isTestNgClass(id)) {
      onTestNgClassFinished(id, status, throwable);
    } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL
        && configurationFailure) {
      // The TestNG engine failed or aborted for configuration methods outside any class's run (a
      // BeforeSuite, an AfterClass skipped after its class), each reported as the test case
      // Surefire writes for it.
    } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
      if (declaringClassKnown(id)) {
        onClassLevelFailure(id, status, throwable);
      } else {
        // Above class level (an engine): the runner names the classes that never reported.
        events.emit(
            EventStream.event(EventType.CONTAINER_FAILED)
                .put(EventField.NAME, id.getDisplayName())
                .put(EventField.TYPE, throwable == null ? null : throwable.getClass().getName())
                .put(
                    EventField.MESSAGE,
                    throwable == null ? status.name() : String.valueOf(throwable.getMessage()))
                .put(EventField.TRACE, StackTraces.of(throwable)));
      }
    }
    if (isTopLevelClass(id)) {
      if (isTestNgClass(id)
          && (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL
              || TestNgSuiteConfiguration.runsAfterItsClass(javaClass(id)))) {
        // TestNG may yet skip its AfterClass, or run its AfterSuite, after the class: it ends with
        // the engine.
        unfinishedTestNgClasses.add(() -> finishClass(id, result.getStatus().name(), seconds));
      } else {
        finishClass(id, result.getStatus().name(), seconds);
      }
    }
  }

  /**
   * A class (or nested class, or method container) failed or was aborted as a whole. When none of
   * its tests ran (a failing {@code @BeforeAll}) or all of them had already reported (a failing
   * {@code @AfterAll}), the failure is one test case that stands for the container, named as Maven
   * Surefire names it (a class: no name). Tests left unreported after some did run inherit the
   * failure. An abort (an assumption failing in {@code @BeforeAll} or {@code @AfterAll}) is no test
   * case, as Surefire writes none, except for a JUnit 4 class under the junit4 provider.
   */
  private void onClassLevelFailure(TestIdentifier id, TestStatus status, Throwable throwable) {
    if (names != null && names.entryPerContainer()) {
      reportSynthetic(id, status, throwable, null);
      return;
    }
    boolean anyReported = false;
    TestPlan current = plan;
    if (current != null) {
      for (TestIdentifier descendant : current.getDescendants(id)) {
        anyReported |= descendant.isTest() && reported.contains(descendant.getUniqueId());
      }
    }
    int inherited = anyReported ? reportUnreported(id, status, throwable, null) : 0;
    boolean aborted = status == TestStatus.SKIPPED;
    if (inherited == 0 && (!aborted || names == null || names.reportsAborted(id))) {
      reportSynthetic(id, status, throwable, null);
    }
  }

  /**
   * A TestNG class ended. Surefire's testng provider reports each of its configuration methods that
   * failed or was skipped as a test case named after it ({@code setUp}), and the tests that TestNG
   * skipped for it as skipped, which the engine has reported already; the engine reports the class
   * as failing instead. Without word from the listener (a TestNG that does not call it), the class
   * fails as a whole as any other.
   */
  private void onTestNgClassFinished(TestIdentifier id, TestStatus status, Throwable throwable) {
    List<TestNgResults.Configuration> configurations =
        TestNgResults.takeConfigurations(className(id));
    if (configurations.isEmpty()) {
      if (status != TestStatus.PASSED) {
        onClassLevelFailure(id, status, throwable);
      }
      return;
    }
    reportUnreported(id, status, throwable, null);
    sendConfigurations(id, configurations);
  }

  /**
   * Reports the configuration methods that TestNG skipped after their class had ended (an {@code
   * AfterClass} whose {@code BeforeClass} failed), when the TestNG engine {@code engine} ends.
   *
   * @return whether each was of a class of the plan (so reported), which holds when there were none
   */
  private boolean reportLateTestNgConfigurations(TestIdentifier engine) {
    TestPlan current = plan;
    Map<String, List<TestNgResults.Configuration>> late = TestNgResults.takeAllConfigurations();
    if (late.isEmpty()) {
      return true;
    }
    if (current == null) {
      return false;
    }
    boolean allKnown = true;
    for (Map.Entry<String, List<TestNgResults.Configuration>> entry : late.entrySet()) {
      Optional<TestIdentifier> testClass =
          current.getChildren(engine).stream()
              .filter(child -> className(child).equals(entry.getKey()))
              .findFirst();
      if (testClass.isPresent()) {
        sendConfigurations(testClass.get(), entry.getValue());
      } else {
        allKnown = false;
      }
    }
    return allKnown;
  }

  /**
   * Sends each configuration method as a test case of {@code testClass}. The first one of a class
   * has the class's id, which a retry selects again; the others need ids of their own, as the
   * runner takes one result an id.
   */
  private void sendConfigurations(
      TestIdentifier testClass, List<TestNgResults.Configuration> configurations) {
    String classname = names == null ? className(testClass) : names.className(testClass);
    for (TestNgResults.Configuration configuration : configurations) {
      int sent = configurationsSent.merge(testClass.getUniqueId(), 1, Integer::sum) - 1;
      String eventId = testClass.getUniqueId() + (sent == 0 ? "" : "/[configuration:" + sent + "]");
      Throwable cause = configuration.throwable();
      send(
          testClass,
          eventId,
          classname,
          names == null
              ? configuration.named().name()
              : names.testNgName(configuration.named(), null),
          configuration.status(),
          0,
          configuration.status() == TestStatus.SKIPPED ? null : cause,
          cause == null ? null : cause.getMessage());
    }
  }

  private void finishClass(TestIdentifier id, String status, double seconds) {
    events.emit(
        EventStream.event(EventType.CLASS_FINISHED)
            .put(EventField.CLASS, className(id))
            .put(EventField.STATUS, status)
            .put(EventField.SECONDS, seconds));
  }

  /**
   * Reports what Surefire reports for a container skipped as a whole ({@link
   * SurefireNames#skippedEntries}); each entry stands for everything below it.
   */
  private int reportSkipped(TestIdentifier container, String reason) {
    TestPlan current = plan;
    SurefireNames naming = names;
    if (current == null || naming == null) {
      return 0;
    }
    int count = 0;
    for (TestIdentifier entry : naming.skippedEntries(container)) {
      for (TestIdentifier descendant : current.getDescendants(entry)) {
        reported.add(descendant.getUniqueId());
      }
      if (!reported.add(entry.getUniqueId())) {
        continue;
      }
      send(
          entry,
          entry.getUniqueId(),
          naming.skippedEntryClassName(entry, container),
          naming.skippedEntryName(entry, container),
          TestStatus.SKIPPED,
          0,
          null,
          reason);
      count++;
    }
    return count;
  }

  private int reportUnreported(
      TestIdentifier container, TestStatus status, Throwable throwable, String reason) {
    TestPlan current = plan;
    if (current == null) {
      return 0;
    }
    int count = 0;
    for (TestIdentifier descendant : current.getDescendants(container)) {
      if (descendant.isTest() && !reported.contains(descendant.getUniqueId())) {
        report(descendant, status, 0, throwable, reason);
        count++;
      }
    }
    return count;
  }

  private void reportSynthetic(
      TestIdentifier container, TestStatus status, Throwable throwable, String reason) {
    send(container, status, 0, throwable, reason);
  }

  private void report(
      TestIdentifier id, TestStatus status, double seconds, Throwable throwable, String reason) {
    report(id, status, seconds, throwable, reason, null);
  }

  /** As {@link #report}, with the name TestNG gave the test, if it is known ({@code name}). */
  private void report(
      TestIdentifier id,
      TestStatus status,
      double seconds,
      Throwable throwable,
      String reason,
      String name) {
    if (!reported.add(id.getUniqueId())) {
      return;
    }
    if (name == null) {
      send(id, status, seconds, throwable, reason);
      return;
    }
    SurefireNames naming = names;
    String className = naming == null ? null : naming.className(id);
    send(id, id.getUniqueId(), className, name, status, seconds, throwable, reason);
  }

  /** Sends one test event for {@code id}, a test or a container that stands for its tests. */
  private void send(
      TestIdentifier id, TestStatus status, double seconds, Throwable throwable, String reason) {
    SurefireNames naming = names;
    String name = id.getLegacyReportingName();
    String className = null;
    if (naming != null) {
      name = naming.name(id);
      className = naming.className(id);
    }
    send(id, id.getUniqueId(), className, name, status, seconds, throwable, reason);
  }

  /**
   * Sends one test event named {@code className} and {@code name}, under the id {@code eventId},
   * for {@code id}, whose output it carries.
   */
  private void send(
      TestIdentifier id,
      String eventId,
      String className,
      String name,
      TestStatus status,
      double seconds,
      Throwable throwable,
      String reason) {
    reportedCount.incrementAndGet();
    TestPlan current = plan;
    String topLevel = current == null ? null : TestSources.topLevelClass(current, id);
    Json event =
        EventStream.event(EventType.TEST)
            .put(EventField.ID, eventId)
            .put(EventField.CLASS, topLevel)
            .put(EventField.CLASSNAME, className)
            .put(EventField.NAME, name)
            .put(EventField.STATUS, status.name())
            .put(EventField.SECONDS, seconds);
    if (throwable != null) {
      event
          .put(EventField.TYPE, throwable.getClass().getName())
          .put(EventField.MESSAGE, throwable.getMessage())
          .put(EventField.TRACE, StackTraces.of(throwable));
    } else if (reason != null) {
      event.put(EventField.MESSAGE, reason);
    }
    StringBuilder out = stdout.remove(id.getUniqueId());
    StringBuilder err = stderr.remove(id.getUniqueId());
    event.put(EventField.STDOUT, out == null ? null : out.toString());
    event.put(EventField.STDERR, err == null ? null : err.toString());
    events.emit(event);
  }

  /**
   * A failure is an error unless an assertion failed, as Surefire tells them apart; but its testng
   * provider reports every failure of a TestNG test as a failure.
   */
  private TestStatus status(TestIdentifier id, TestExecutionResult result) {
    switch (result.getStatus()) {
      case SUCCESSFUL:
        return TestStatus.PASSED;
      case ABORTED:
        return TestStatus.SKIPPED;
      default:
        Optional<Throwable> throwable = result.getThrowable();
        return (throwable.isPresent() && throwable.get() instanceof AssertionError)
                || testNgProvider(id)
            ? TestStatus.FAILED
            : TestStatus.ERROR;
    }
  }

  /** The name TestNG gave a TestNG test it has just invoked on this thread, or null. */
  private String invokedTestNgName(TestIdentifier id) {
    if (!testNgProvider(id)) {
      return null;
    }
    return id.getSource()
        .filter(MethodSource.class::isInstance)
        .map(MethodSource.class::cast)
        .map(method -> TestNgResults.takeInvoked(method.getClassName(), method.getMethodName()))
        .map(
            invoked -> {
              SurefireNames naming = names;
              return naming == null
                  ? invoked.named().name()
                  : naming.testNgName(invoked.named(), id);
            })
        .orElse(null);
  }

  private boolean isTestNgClass(TestIdentifier id) {
    return testNgProvider(id) && id.getSource().filter(ClassSource.class::isInstance).isPresent();
  }

  /**
   * Whether {@code id} is reported as Surefire's testng provider reports it: a TestNG test, in an
   * execution that does not run with the junit-platform provider (which would name it as any other
   * JUnit Platform test).
   */
  private boolean testNgProvider(TestIdentifier id) {
    return reporting.junit4Provider() && SurefireNames.isTestNg(id);
  }

  private boolean declaringClassKnown(TestIdentifier id) {
    TestPlan current = plan;
    return current != null && TestSources.declaringClass(current, id) != null;
  }

  /**
   * A class directly below an engine: not a {@code @Nested} class, nor a member of a suite, nor a
   * test below its own class that the engine gave the class as source (Vintage does for a JUnit 4
   * test method that shares its name with another method of the class, {@code testX()} beside a
   * static {@code testX(String)}: it cannot tell which one it is).
   */
  private boolean isTopLevelClass(TestIdentifier id) {
    if (id.getSource().filter(ClassSource.class::isInstance).isEmpty()) {
      return false;
    }
    TestPlan current = plan;
    if (current == null) {
      return className(id).equals(TestSources.topLevel(className(id), () -> javaClass(id)));
    }
    boolean belowItsClass =
        current
            .getParent(id)
            .filter(parent -> parent.getSource().filter(ClassSource.class::isInstance).isPresent())
            .filter(parent -> className(parent).equals(className(id)))
            .isPresent();
    return !belowItsClass && className(id).equals(TestSources.topLevelClass(current, id));
  }

  private static Class<?> javaClass(TestIdentifier id) {
    return id.getSource().map(ClassSource.class::cast).orElseThrow().getJavaClass();
  }

  private static String className(TestIdentifier id) {
    return id.getSource().map(ClassSource.class::cast).map(ClassSource::getClassName).orElse("");
  }

  private static void append(Map<String, StringBuilder> buffers, TestIdentifier id, String text) {
    StringBuilder buffer = buffers.computeIfAbsent(id.getUniqueId(), k -> new StringBuilder());
    synchronized (buffer) {
      appendCapped(buffer, text);
    }
  }

  /**
   * Appends as much of {@code text} as fits in {@link #MAX_CAPTURED_CHARS}; where it is cut off,
   * appends {@link #TRUNCATED} once, so that the report's tail of the output says where the capture
   * stopped instead of passing a middle part for the end.
   */
  static void appendCapped(StringBuilder buffer, String text) {
    int room = MAX_CAPTURED_CHARS - buffer.length();
    if (room <= 0) {
      return;
    }
    if (text.length() <= room) {
      buffer.append(text);
      return;
    }
    int end = Character.isHighSurrogate(text.charAt(room - 1)) ? room - 1 : room;
    buffer.append(text, 0, end).append(TRUNCATED);
  }
}
