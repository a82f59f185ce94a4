package dev.testshard.agent;

import static dev.testshard.agent.RecordedEvents.number;
import static dev.testshard.agent.RecordedEvents.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.agent.fixtures.BrokenSetupFixture;
import dev.testshard.agent.fixtures.BrokenTeardownFixture;
import dev.testshard.agent.fixtures.DisabledFixture;
import dev.testshard.agent.fixtures.NestedFixture;
import dev.testshard.agent.fixtures.ParameterizedFixture;
import dev.testshard.agent.fixtures.PassFailFixture;
import dev.testshard.agent.fixtures.junit4.OverloadedFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs the agent's run mode in this JVM against the fixture classes. */
@ExtendWith(FailingFixturesEnabled.class)
class ShardRunTest {

  private static final String PASS_FAIL = PassFailFixture.class.getName();
  private static final String NESTED = NestedFixture.class.getName();
  private static final String BROKEN_SETUP = BrokenSetupFixture.class.getName();
  private static final String BROKEN_TEARDOWN = BrokenTeardownFixture.class.getName();
  private static final String DISABLED = DisabledFixture.class.getName();
  private static final String PARAMETERIZED = ParameterizedFixture.class.getName();

  @Test
  void reportsEveryTestExactlyOnceWithItsStatus() throws Exception {
    List<Map<String, Object>> tests = ofType(run(PASS_FAIL), "test");

    assertThat(tests)
        .extracting(test -> text(test, "name"))
        .containsExactlyInAnyOrder("passes", "fails", "errors", "skipped");
    assertThat(byName(tests))
        .extractingFromEntries(entry -> entry.getKey() + "=" + text(entry.getValue(), "status"))
        .containsExactlyInAnyOrder(
            "passes=PASSED", "fails=FAILED", "errors=ERROR", "skipped=SKIPPED");
  }

  @Test
  void reportsTypeMessageAndTraceOfFailuresAndErrors() throws Exception {
    Map<String, Map<String, Object>> tests = byName(ofType(run(PASS_FAIL), "test"));

    Map<String, Object> failed = tests.get("fails");
    assertThat(text(failed, "type")).isEqualTo("org.opentest4j.AssertionFailedError");
    assertThat(text(failed, "message")).contains("one is not two");
    assertThat(text(failed, "trace")).contains("PassFailFixture.fails");
    Map<String, Object> error = tests.get("errors");
    assertThat(text(error, "type")).isEqualTo("java.lang.IllegalStateException");
    assertThat(text(error, "message")).isEqualTo("broken on purpose");
    assertThat(text(error, "trace")).contains("PassFailFixture.errors");
    assertThat(tests.get("passes")).doesNotContainKeys("type", "message", "trace");
  }

  /** The final event tells the JVM's CPU time, what the shard cost beside how long it took. */
  @Test
  void finishedTellsTheJvmsCpuTime() throws Exception {
    assertThat(ofType(run(PASS_FAIL), "finished"))
        .singleElement()
        .satisfies(
            finished ->
                assertThat(((Number) finished.get("cpuSeconds")).doubleValue()).isPositive());
  }

  @Test
  void givesASkippedTestItsReasonAsMessage() throws Exception {
    Map<String, Object> skipped = byName(ofType(run(PASS_FAIL), "test")).get("skipped");

    assertThat(text(skipped, "message")).contains("not today");
  }

  @Test
  void capturesWhatATestPrintsOnBothStreams() throws Exception {
    Map<String, Object> passed = byName(ofType(run(PASS_FAIL), "test")).get("passes");

    assertThat(text(passed, "stdout")).isEqualTo("out of passes" + System.lineSeparator());
    assertThat(text(passed, "stderr")).isEqualTo("err of passes" + System.lineSeparator());
  }

  @Test
  void reportsAClassWhoseSetUpFailsAsOneErrorOfTheClassWithoutAName() throws Exception {
    List<Map<String, Object>> events = run(BROKEN_SETUP);

    // As Maven Surefire counts and names it: the tests never ran, the class failed.
    assertThat(ofType(events, "test"))
        .singleElement()
        .satisfies(
            test -> {
              assertThat(text(test, "name")).isEmpty();
              assertThat(text(test, "class")).isEqualTo(BROKEN_SETUP);
              assertThat(text(test, "classname")).isEqualTo(BROKEN_SETUP);
              assertThat(text(test, "status")).isEqualTo("ERROR");
              assertThat(text(test, "type")).isEqualTo("java.lang.IllegalStateException");
              assertThat(text(test, "message")).isEqualTo("set-up broke");
              assertThat(text(test, "trace")).contains("BrokenSetupFixture.setUp");
            });
    assertThat(ofType(events, "class-finished"))
        .singleElement()
        .satisfies(finished -> assertThat(text(finished, "status")).isEqualTo("FAILED"));
  }

  @Test
  void reportsAFailingTearDownAfterPassingTestsAsAnErrorOfTheClass() throws Exception {
    List<Map<String, Object>> events = run(BROKEN_TEARDOWN);

    assertThat(ofType(events, "test"))
        .extracting(
            test -> text(test, "classname") + " " + text(test, "name") + "=" + text(test, "status"))
        .containsExactly(BROKEN_TEARDOWN + " passes=PASSED", BROKEN_TEARDOWN + " =ERROR");
    assertThat(text(ofType(events, "test").get(1), "message")).isEqualTo("tear-down broke");
    assertThat(ofType(events, "class-finished"))
        .singleElement()
        .satisfies(finished -> assertThat(text(finished, "status")).isEqualTo("FAILED"));
  }

  @Test
  void reportsEveryTestOfADisabledClassAsSkipped() throws Exception {
    List<Map<String, Object>> events = run(DISABLED);

    List<Map<String, Object>> tests = ofType(events, "test");
    assertThat(tests)
        .extracting(test -> text(test, "name"))
        .containsExactlyInAnyOrder("one", "two");
    assertThat(tests)
        .allSatisfy(
            test -> {
              assertThat(text(test, "status")).isEqualTo("SKIPPED");
              assertThat(text(test, "message")).contains("whole class off");
            });
    assertThat(ofType(events, "class-started"))
        .extracting(started -> text(started, "class"))
        .containsExactly(DISABLED);
    assertThat(ofType(events, "class-finished"))
        .singleElement()
        .satisfies(finished -> assertThat(text(finished, "status")).isEqualTo("SKIPPED"));
  }

  @Test
  void pairsClassStartedAndClassFinishedForTopLevelClassesOnly() throws Exception {
    List<Map<String, Object>> events = run(PASS_FAIL, NESTED);

    List<String> classEvents = new ArrayList<>();
    for (Map<String, Object> event : events) {
      String type = text(event, "event");
      if (type.startsWith("class-")) {
        classEvents.add(type + " " + text(event, "class"));
      }
    }
    assertThat(classEvents)
        .containsExactly(
            "class-started " + PASS_FAIL,
            "class-finished " + PASS_FAIL,
            "class-started " + NESTED,
            "class-finished " + NESTED);
  }

  /**
   * A JUnit 4 test whose method name is overloaded has its class as source under Vintage: it is a
   * test of the class, not the class starting again (which lost the tests after it).
   */
  @Test
  void aTestWithItsClassAsSourceIsATestNotTheClassAgain() throws Exception {
    String overloaded = OverloadedFixture.class.getName();
    List<Map<String, Object>> events = run(overloaded);

    assertThat(events)
        .extracting(event -> text(event, "event"))
        .containsExactly("class-started", "test", "test", "test", "class-finished", "finished");
    assertThat(byName(ofType(events, "test")).keySet())
        .containsExactlyInAnyOrder("before", "dimensions", "after");
  }

  @Test
  void sendsEveryTestOfAClassBetweenItsClassStartedAndClassFinished() throws Exception {
    List<Map<String, Object>> events = run(NESTED);

    List<String> types = events.stream().map(event -> text(event, "event")).toList();
    assertThat(types)
        .containsExactly("class-started", "test", "test", "class-finished", "finished");
  }

  @Test
  void namesTheNestedClassAsClassnameAndItsOuterClassAsClass() throws Exception {
    Map<String, Map<String, Object>> tests = byName(ofType(run(NESTED), "test"));

    assertThat(text(tests.get("inner"), "classname")).isEqualTo(NESTED + "$Inner");
    assertThat(text(tests.get("inner"), "class")).isEqualTo(NESTED);
    assertThat(text(tests.get("outer"), "classname")).isEqualTo(NESTED);
    assertThat(text(tests.get("outer"), "class")).isEqualTo(NESTED);
    assertThat(tests.values())
        .allSatisfy(test -> assertThat(text(test, "status")).isEqualTo("PASSED"));
  }

  @Test
  void reportsEveryInvocationOfAParameterizedTest() throws Exception {
    List<Map<String, Object>> tests = ofType(run(PARAMETERIZED), "test");

    assertThat(tests).hasSize(3);
    assertThat(tests).extracting(test -> text(test, "id")).doesNotHaveDuplicates();
    assertThat(tests)
        .allSatisfy(
            test -> {
              assertThat(text(test, "status")).isEqualTo("PASSED");
              assertThat(text(test, "class")).isEqualTo(PARAMETERIZED);
            });
  }

  @Test
  void endsWithAFinishedEventThatCountsTestsAndClasses() throws Exception {
    List<Map<String, Object>> events = run(PASS_FAIL, NESTED, DISABLED);

    Map<String, Object> last = events.get(events.size() - 1);
    assertThat(text(last, "event")).isEqualTo("finished");
    assertThat(number(last, "tests")).isEqualTo(8);
    assertThat(number(last, "classes")).isEqualTo(3);
    assertThat(ofType(events, "finished")).hasSize(1);
  }

  @Test
  void reportsAClassThatCannotBeLoadedAndStillRunsTheOthers() throws Exception {
    String missing = "dev.testshard.agent.fixtures.NoSuchFixture";

    List<Map<String, Object>> events = run(missing, NESTED);

    assertThat(ofType(events, "class-error"))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(text(error, "class")).isEqualTo(missing);
              assertThat(text(error, "type")).isEqualTo("java.lang.ClassNotFoundException");
              assertThat(text(error, "message")).contains(missing);
              assertThat(text(error, "trace")).isNotBlank();
            });
    assertThat(ofType(events, "test"))
        .extracting(test -> text(test, "name"))
        .containsExactlyInAnyOrder("outer", "inner");
    assertThat(text(events.get(events.size() - 1), "event")).isEqualTo("finished");
  }

  @Test
  void finishesEvenWhenNoClassCouldBeLoaded() throws Exception {
    List<Map<String, Object>> events = run("dev.testshard.agent.fixtures.NoSuchFixture");

    assertThat(events)
        .extracting(event -> text(event, "event"))
        .containsExactly("class-error", "finished");
  }

  @Test
  void sendsNoWarningsOrEngineFailuresForOrdinaryTestClasses() throws Exception {
    List<Map<String, Object>> events = run(PASS_FAIL, BROKEN_SETUP, BROKEN_TEARDOWN);

    assertThat(events)
        .extracting(event -> text(event, "event"))
        .doesNotContain("container-failed", "warning");
  }

  private List<Map<String, Object>> run(String... classNames) throws Exception {
    return RecordedEvents.ofShardRun(List.of(classNames));
  }

  private static List<Map<String, Object>> ofType(List<Map<String, Object>> events, String type) {
    return events.stream().filter(event -> type.equals(text(event, "event"))).toList();
  }

  /** Test events by name; fails when a name was reported twice. */
  private static Map<String, Map<String, Object>> byName(List<Map<String, Object>> tests) {
    return tests.stream()
        .collect(Collectors.toMap(test -> text(test, "name"), Function.identity()));
  }
}
