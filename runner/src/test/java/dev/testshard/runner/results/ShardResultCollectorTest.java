package dev.testshard.runner.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testshard.agent.protocol.Protocol;
import dev.testshard.report.Outcome;
import dev.testshard.report.Problem;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.DiscoveredClass.PlannedTest;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.protocol.AgentEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShardResultCollectorTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String CART = "com.acme.CartTest";
  private static final String EMPTY_CART = CART + "$Empty";
  private static final String PAY = "com.acme.PayTest";
  private static final String LOG = "shards/com.acme/output.log";
  private static final long STARTED_MILLIS = 1_768_471_205_123L;

  private static final DiscoveredClass CART_CLASS =
      new DiscoveredClass(
          "shop",
          CART,
          List.of("junit-jupiter"),
          List.of(
              new PlannedTest(CART, "adds"),
              new PlannedTest(CART, "removes"),
              new PlannedTest(EMPTY_CART, "isEmpty"),
              new PlannedTest(CART, "totals")));
  private static final DiscoveredClass PAY_CLASS =
      new DiscoveredClass(
          "shop", PAY, List.of("junit-jupiter"), List.of(new PlannedTest(PAY, "pays")));
  private static final Shard SHARD = new Shard("com.acme", "shop", List.of(CART_CLASS, PAY_CLASS));

  private final ShardResultCollector collector =
      new ShardResultCollector(
          SHARD, 3, className -> "src/test/java/" + className.replace('.', '/') + ".java", LOG);

  @Test
  void keepsTheOutcomeOfEveryReportedTest() {
    feedCompleteShard();

    ShardResult result = collector.finish(ContainerExit.exited(0, false), 7.5);

    assertThat(result.suites()).extracting(TestSuiteResult::name).containsExactly(CART, PAY);
    assertThat(cases(result, CART))
        .extracting(TestCaseResult::name, TestCaseResult::outcome)
        .containsExactly(
            tuple("adds", Outcome.PASSED),
            tuple("removes", Outcome.FAILED),
            tuple("isEmpty", Outcome.ERROR),
            tuple("totals", Outcome.SKIPPED));
    assertThat(cases(result, PAY))
        .extracting(TestCaseResult::name, TestCaseResult::outcome)
        .containsExactly(tuple("pays", Outcome.PASSED));
    assertThat(result.durationSeconds()).isEqualTo(7.5);
    assertThat(result.exit()).isEqualTo(ContainerExit.exited(0, false));
  }

  @Test
  void takesTheClassnameOfEachTestFromTheAgent() {
    feedCompleteShard();

    ShardResult result = collector.finish(ContainerExit.exited(0, false), 1);

    assertThat(cases(result, CART))
        .extracting(TestCaseResult::className)
        .containsExactly(CART, CART, EMPTY_CART, CART);
  }

  @Test
  void takesTheJvmsCpuTimeFromTheFinalEvent() {
    feed(classStarted(PAY));
    feed(test(PAY, "pays", "PASSED"));
    feed(classFinished(PAY, 1.0));
    assertThat(collector.cpuSeconds()).isZero();

    feed(event("finished").with("tests", 1).with("classes", 1).with("cpuSeconds", 3.25));

    assertThat(collector.cpuSeconds()).isEqualTo(3.25);
  }

  @Test
  void keepsATestWhoseClassnameIsADisplayNameWithItsTopLevelClass() {
    feed(classStarted(PAY));
    feed(test(PAY, "pays", "PASSED").with("classname", "paying by card"));
    feed(classFinished(PAY, 1.0));
    feed(event("finished").with("tests", 1).with("classes", 1));

    ShardResult result = collector.finish(ContainerExit.exited(0, false), 1);

    assertThat(cases(result, PAY))
        .extracting(TestCaseResult::className, TestCaseResult::name)
        .containsExactly(tuple("paying by card", "pays"));
  }

  @Test
  void keepsMessageTypeAndTraceOfFailuresErrorsAndSkips() {
    feedCompleteShard();

    List<TestCaseResult> cases = cases(collector.finish(ContainerExit.exited(0, false), 1), CART);

    assertThat(cases.get(0).problem()).isNull();
    assertThat(cases.get(1).problem())
        .isEqualTo(
            new Problem(
                "expected: <1> but was: <2>",
                "org.opentest4j.AssertionFailedError",
                "org.opentest4j.AssertionFailedError: expected\n\tat CartTest.removes"));
    assertThat(cases.get(2).problem())
        .isEqualTo(new Problem("boom", "java.lang.IllegalStateException", "trace of boom"));
    assertThat(cases.get(3).problem().message()).isEqualTo("not today");
  }

  @Test
  void keepsWhatATestPrinted() {
    feedCompleteShard();

    TestCaseResult adds = cases(collector.finish(ContainerExit.exited(0, false), 1), CART).get(0);

    assertThat(adds.systemOut()).isEqualTo("out\n");
    assertThat(adds.systemErr()).isEqualTo("err\n");
    assertThat(adds.timeSeconds()).isEqualTo(0.25);
  }

  @Test
  void takesSuiteTimeFromClassFinishedAndTimestampFromClassStarted() {
    feedCompleteShard();

    TestSuiteResult cart = suite(collector.finish(ContainerExit.exited(0, false), 1), CART);

    assertThat(cart.timeSeconds()).isEqualTo(2.5);
    assertThat(cart.timestamp()).isEqualTo(Instant.ofEpochMilli(STARTED_MILLIS));
  }

  @Test
  void sumsTheTestTimesWhenTheClassReportedNoTime() {
    feed(classStarted(PAY));
    feed(test(PAY, "pays", "PASSED").with("seconds", 0.5));
    feed(event("class-finished").with("class", PAY).with("status", "SUCCESSFUL"));

    assertThat(suite(collector.finish(ContainerExit.exited(0, false), 1), PAY).timeSeconds())
        .isEqualTo(0.5);
  }

  @Test
  void marksEverySuiteWithItsShardAsHostnameAndProperties() {
    feedCompleteShard();

    ShardResult result = collector.finish(ContainerExit.exited(0, false), 1);

    assertThat(result.suites())
        .allSatisfy(
            suite -> {
              assertThat(suite.hostname()).isEqualTo("com.acme");
              assertThat(suite.properties())
                  .containsExactly(
                      Map.entry("testshard.shard", "com.acme"), Map.entry("testshard.shards", "3"));
            });
  }

  @Test
  void looksUpTheSourceFileOfEveryClass() {
    feedCompleteShard();

    ShardResult result = collector.finish(ContainerExit.exited(0, false), 1);

    assertThat(result.suites())
        .extracting(TestSuiteResult::file)
        .containsExactly(
            "src/test/java/com/acme/CartTest.java", "src/test/java/com/acme/PayTest.java");
  }

  @Test
  void failsAShardWithFailedTestsThatLostNothing() {
    feedCompleteShard();

    ShardResult result = collector.finish(ContainerExit.exited(0, false), 1);

    assertThat(result.status()).isEqualTo(ShardStatus.FAILED);
    assertThat(result.lostReason()).isNull();
    assertThat(collector.sawFinalEvent()).isTrue();
  }

  @Test
  void passesAShardWhoseTestsAllPassedOrWereSkipped() {
    feed(classStarted(CART));
    feed(test(CART, "adds", "PASSED"));
    feed(test(CART, "removes", "PASSED"));
    feed(test(EMPTY_CART, "isEmpty", "SKIPPED"));
    feed(test(CART, "totals", "PASSED"));
    feed(classFinished(CART, 1.0));
    feed(classStarted(PAY));
    feed(test(PAY, "pays", "PASSED"));
    feed(classFinished(PAY, 1.0));
    feed(event("finished").with("tests", 5).with("classes", 2));

    ShardResult result = collector.finish(ContainerExit.exited(0, false), 1);

    assertThat(result.status()).isEqualTo(ShardStatus.PASSED);
    assertThat(result.lostReason()).isNull();
    assertThat(result.totals().tests()).isEqualTo(5);
  }

  @Test
  void aJvmThatDiedBeforeTheAgentStartedLosesEveryPlannedTestNamingWhy() {
    collector.jvmStartFailure("the JVM cannot start threads");

    ShardResult result = collector.finish(ContainerExit.exited(1, false), 1);

    assertThat(result.status()).isEqualTo(ShardStatus.LOST);
    assertThat(result.lostReason())
        .isEqualTo(
            "the test JVM exited with code 1 before the agent finished: the JVM cannot start"
                + " threads");
    assertThat(result.totals().tests()).isEqualTo(result.totals().errors()).isEqualTo(5);
    assertThat(cases(result, PAY).get(0).problem().message())
        .isEqualTo(
            "not run: the test JVM exited with code 1 before the agent finished: the JVM cannot"
                + " start threads (see "
                + LOG
                + ")");
  }

  @Test
  void losesAShardWhoseJvmDiedBeforeTheAgentFinished() {
    feed(event("hello").with("protocol", Protocol.VERSION));
    feed(classStarted(CART));
    feed(test(CART, "adds", "PASSED"));
    feed(test(CART, "removes", "FAILED").with("message", "nope"));

    ShardResult result = collector.finish(ContainerExit.exited(137, false), 1);

    assertThat(result.status()).isEqualTo(ShardStatus.LOST);
    assertThat(result.lostReason()).contains("137");
    assertThat(collector.sawFinalEvent()).isFalse();
    assertThat(cases(result, CART))
        .extracting(TestCaseResult::className, TestCaseResult::name, TestCaseResult::outcome)
        .containsExactly(
            tuple(CART, "adds", Outcome.PASSED),
            tuple(CART, "removes", Outcome.FAILED),
            tuple(EMPTY_CART, "isEmpty", Outcome.ERROR),
            tuple(CART, "totals", Outcome.ERROR));
    assertThat(cases(result, CART).get(1).problem().message()).isEqualTo("nope");
    assertThat(cases(result, PAY))
        .extracting(TestCaseResult::name, TestCaseResult::outcome)
        .containsExactly(tuple("pays", Outcome.ERROR));
  }

  @Test
  void namesTheCauseAndTheLogInTheErrorOfEveryLostTest() {
    feed(classStarted(CART));
    feed(test(CART, "adds", "PASSED"));

    ShardResult result = collector.finish(ContainerExit.exited(137, false), 1);

    List<TestCaseResult> lost =
        result.suites().stream()
            .flatMap(suite -> suite.testCases().stream())
            .filter(testCase -> testCase.outcome() == Outcome.ERROR)
            .toList();
    assertThat(lost).hasSize(4);
    assertThat(lost)
        .allSatisfy(
            testCase -> {
              assertThat(testCase.problem().message())
                  .contains("killed (SIGKILL, exit code 137)")
                  .contains(LOG);
              assertThat(testCase.problem().type()).isEqualTo("testshard.LostTest");
            });
  }

  @Test
  void aClassTakenBeforeItsTestsWereKnownIsAccountedTestByTestOnceDiscoveryFoundThem() {
    ShardResultCollector worker =
        new ShardResultCollector(new Shard("worker-1", "shop", List.of()), 2, c -> null, LOG);
    worker.assign(new DiscoveredClass("shop", CART, List.of(), List.of()));
    worker.accept(classStarted(CART).parsed());
    worker.accept(test(CART, "adds", "PASSED").parsed());

    worker.refine(name -> name.equals(CART) ? CART_CLASS : null, true);
    ShardResult result = worker.finish(ContainerExit.exited(137, false), 1);

    assertThat(result.suites().stream().flatMap(suite -> suite.testCases().stream()))
        .extracting(TestCaseResult::name, TestCaseResult::outcome)
        .containsExactlyInAnyOrder(
            tuple("adds", Outcome.PASSED),
            tuple("removes", Outcome.ERROR),
            tuple("isEmpty", Outcome.ERROR),
            tuple("totals", Outcome.ERROR));
    assertThat(result.shard().classes()).containsExactly(CART_CLASS);
  }

  @Test
  void aClassTakenEarlyThatDiscoveryDidNotSelectAndThatRanNothingIsNoTestOfTheRun() {
    ShardResultCollector worker =
        new ShardResultCollector(new Shard("worker-1", "shop", List.of()), 2, c -> null, LOG);
    worker.assign(new DiscoveredClass("shop", CART, List.of(), List.of()));
    worker.accept(event("finished").parsed());

    worker.refine(name -> null, true);
    ShardResult result = worker.finish(ContainerExit.exited(0, false), 1);

    assertThat(result.status()).isEqualTo(ShardStatus.PASSED);
    assertThat(result.shard().classes()).isEmpty();
    assertThat(result.suites()).isEmpty();
  }

  @Test
  void aClassTakenEarlyStaysLostWhenDiscoveryNeverCompleted() {
    ShardResultCollector worker =
        new ShardResultCollector(new Shard("worker-1", "shop", List.of()), 2, c -> null, LOG);
    worker.assign(new DiscoveredClass("shop", CART, List.of(), List.of()));

    worker.refine(name -> null, false);
    ShardResult result = worker.finish(ContainerExit.exited(137, false), 1);

    assertThat(result.status()).isEqualTo(ShardStatus.LOST);
    assertThat(result.shard().classes())
        .extracting(DiscoveredClass::className)
        .containsExactly(CART);
  }

  @Test
  void namesMemoryWhenTheKernelKilledTheContainer() {
    feed(classStarted(CART));

    ShardResult result = collector.finish(ContainerExit.exited(137, true), 1);

    assertThat(result.status()).isEqualTo(ShardStatus.LOST);
    assertThat(result.lostReason()).contains("memory");
    assertThat(cases(result, PAY).get(0).problem().message()).contains("memory").contains(LOG);
  }

  @Test
  void losesAShardWhoseAgentFailed() {
    feed(event("hello").with("protocol", Protocol.VERSION));
    feed(
        event("agent-error").with("message", "unknown option --foo").with("trace", "at AgentArgs"));

    ShardResult result = collector.finish(ContainerExit.exited(2, false), 1);

    assertThat(result.status()).isEqualTo(ShardStatus.LOST);
    assertThat(result.lostReason()).contains("agent").contains("unknown option --foo");
    assertThat(outcomes(result)).containsOnly(Outcome.ERROR).hasSize(5);
  }

  @Test
  void losesAShardWhoseContainerExitedNonZeroDespiteFinishing() {
    feedPassingShard();

    ShardResult result = collector.finish(ContainerExit.exited(1, false), 1);

    assertThat(result.status()).isEqualTo(ShardStatus.LOST);
    assertThat(result.lostReason()).contains("exited with code 1");
    assertThat(outcomes(result)).containsOnly(Outcome.PASSED).hasSize(5);
  }

  @Test
  void losesAShardThatDockerCouldNotRun() {
    ShardResult result =
        collector.finish(ContainerExit.failed("cannot create container: no such image"), 0.1);

    assertThat(result.status()).isEqualTo(ShardStatus.LOST);
    assertThat(result.lostReason()).isEqualTo("cannot create container: no such image");
    assertThat(result.exit().exitCode()).isNull();
    assertThat(outcomes(result)).containsOnly(Outcome.ERROR).hasSize(5);
    assertThat(cases(result, PAY).get(0).problem().message())
        .contains("cannot create container: no such image")
        .contains(LOG);
  }

  @Test
  void turnsThePlannedTestsOfAClassThatCouldNotBeLoadedIntoErrors() {
    feed(
        event("class-error")
            .with("class", CART)
            .with("type", "java.lang.ClassNotFoundException")
            .with("message", "cannot load test class " + CART)
            .with("trace", "trace of CNFE"));
    feed(classStarted(PAY));
    feed(test(PAY, "pays", "PASSED"));
    feed(classFinished(PAY, 1.0));
    feed(event("finished").with("tests", 1).with("classes", 2));

    ShardResult result = collector.finish(ContainerExit.exited(0, false), 1);

    assertThat(result.status()).isEqualTo(ShardStatus.FAILED);
    assertThat(result.lostReason()).isNull();
    assertThat(cases(result, CART))
        .extracting(TestCaseResult::className, TestCaseResult::name)
        .containsExactly(
            tuple(CART, "adds"),
            tuple(CART, "removes"),
            tuple(EMPTY_CART, "isEmpty"),
            tuple(CART, "totals"));
    assertThat(cases(result, CART))
        .allSatisfy(
            testCase -> {
              assertThat(testCase.outcome()).isEqualTo(Outcome.ERROR);
              assertThat(testCase.problem())
                  .isEqualTo(
                      new Problem(
                          "cannot load test class " + CART,
                          "java.lang.ClassNotFoundException",
                          "trace of CNFE"));
            });
    assertThat(cases(result, PAY))
        .extracting(TestCaseResult::outcome)
        .containsExactly(Outcome.PASSED);
  }

  @Test
  void givesAClassWithoutPlannedTestsThatCouldNotBeLoadedOneErrorTestCase() {
    DiscoveredClass params =
        new DiscoveredClass("shop", "com.acme.ParamsTest", List.of(), List.of());
    ShardResultCollector paramsCollector = collectorOf(params);
    paramsCollector.accept(
        event("class-error")
            .with("class", "com.acme.ParamsTest")
            .with("message", "cannot load it")
            .parsed());
    paramsCollector.accept(event("finished").parsed());

    ShardResult result = paramsCollector.finish(ContainerExit.exited(0, false), 1);

    assertThat(result.suites().get(0).testCases())
        .singleElement()
        .satisfies(
            testCase -> {
              assertThat(testCase.className()).isEqualTo("com.acme.ParamsTest");
              assertThat(testCase.outcome()).isEqualTo(Outcome.ERROR);
              assertThat(testCase.problem().message()).isEqualTo("cannot load it");
            });
  }

  @Test
  void givesAClassWithoutPlannedTestsThatNeverReportedOneErrorTestCaseOfTheClass() {
    DiscoveredClass params =
        new DiscoveredClass("shop", "com.acme.ParamsTest", List.of(), List.of());

    ShardResult result = collectorOf(params).finish(ContainerExit.exited(137, false), 1);

    assertThat(result.status()).isEqualTo(ShardStatus.LOST);
    assertThat(result.suites().get(0).testCases())
        .singleElement()
        .satisfies(
            testCase -> {
              assertThat(testCase.className()).isEqualTo("com.acme.ParamsTest");
              assertThat(testCase.name()).as("Surefire's name of a class as a whole").isEmpty();
              assertThat(testCase.outcome()).isEqualTo(Outcome.ERROR);
              assertThat(testCase.problem().message()).contains("137").contains(LOG);
            });
  }

  @Test
  void losesAShardWhoseEventStreamWasUnreadable() {
    feedCompleteShard();
    IllegalArgumentException unreadable =
        catchThrowableOfType(
            IllegalArgumentException.class,
            () -> AgentEvent.parse(Protocol.PREFIX + "{\"event\":\"test\",\"name\":"));
    collector.protocolError(unreadable.getMessage());

    ShardResult result = collector.finish(ContainerExit.exited(0, false), 1);

    assertThat(result.status()).isEqualTo(ShardStatus.LOST);
    assertThat(result.lostReason()).contains("unreadable");
  }

  @Test
  void losesAShardWhoseAgentFinishedWithoutReportingAPlannedClass() {
    feed(classStarted(CART));
    feed(test(CART, "adds", "PASSED"));
    feed(test(CART, "removes", "PASSED"));
    feed(test(EMPTY_CART, "isEmpty", "PASSED"));
    feed(test(CART, "totals", "PASSED"));
    feed(classFinished(CART, 1.0));
    feed(event("finished").with("tests", 4).with("classes", 2));

    ShardResult result = collector.finish(ContainerExit.exited(0, false), 1);

    assertThat(result.status()).isEqualTo(ShardStatus.LOST);
    assertThat(result.lostReason()).isNotBlank();
    assertThat(cases(result, PAY).get(0).outcome()).isEqualTo(Outcome.ERROR);
    assertThat(cases(result, PAY).get(0).problem().message())
        .contains("without reporting this class")
        .contains(LOG);
  }

  @Test
  void namesAFailedEngineAsTheCauseForClassesThatNeverReported() {
    feed(classStarted(CART));
    feed(test(CART, "adds", "PASSED"));
    feed(test(CART, "removes", "PASSED"));
    feed(test(EMPTY_CART, "isEmpty", "PASSED"));
    feed(test(CART, "totals", "PASSED"));
    feed(classFinished(CART, 1.0));
    feed(event("container-failed").with("name", "JUnit Jupiter").with("message", "engine broke"));
    feed(event("finished").with("tests", 4).with("classes", 2));

    ShardResult result = collector.finish(ContainerExit.exited(0, false), 1);

    assertThat(result.status()).isEqualTo(ShardStatus.LOST);
    assertThat(outcomes(result))
        .containsExactly(
            Outcome.PASSED, Outcome.PASSED, Outcome.PASSED, Outcome.PASSED, Outcome.ERROR);
    assertThat(cases(result, PAY).get(0).problem().message())
        .contains("JUnit Jupiter")
        .contains("engine broke")
        .contains(LOG);
  }

  @Test
  void keepsWarnings() {
    feed(event("hello").with("protocol", Protocol.VERSION).with("java", "17"));
    feed(event("warning").with("message", "3 test(s) of engine cucumber cannot be sharded"));
    feed(event("container-failed").with("name", "JUnit Jupiter").with("message", "engine broke"));
    feedCompleteShardWithoutHello();

    ShardResult result = collector.finish(ContainerExit.exited(0, false), 1);

    assertThat(result.status()).isEqualTo(ShardStatus.FAILED);
    assertThat(result.warnings())
        .hasSize(2)
        .anySatisfy(warning -> assertThat(warning).contains("cucumber"))
        .anySatisfy(
            warning -> assertThat(warning).contains("JUnit Jupiter").contains("engine broke"));
  }

  @Test
  void ignoresEventsAboutAClassThisContainerWasNotGivenAndSaysWhy() {
    String other = "com.acme.RefundTest";

    assertThat(collector.accept(classStarted(other).parsed()))
        .hasValueSatisfying(
            why -> assertThat(why).contains(other).contains("not given to this container"));
    assertThat(collector.accept(test(other, "refunds", "FAILED").parsed())).isPresent();
    assertThat(collector.accept(classFinished(other, 1.0).parsed())).isPresent();
    assertThat(collector.accept(event("class-error").with("class", other).parsed())).isPresent();
    feedPassingShard();

    ShardResult result = collector.finish(ContainerExit.exited(0, false), 1);

    assertThat(result.suites()).extracting(TestSuiteResult::name).containsExactly(CART, PAY);
    assertThat(result.status()).isEqualTo(ShardStatus.PASSED);
    assertThat(result.failedTestIds()).isEmpty();
    assertThat(result.warnings())
        .singleElement()
        .satisfies(warning -> assertThat(warning).startsWith("4 event(s)").contains(LOG));
  }

  @Test
  void ignoresATestOfAClassThatHasNotStartedOrHasFinished() {
    assertThat(collector.accept(test(PAY, "pays", "PASSED").parsed()))
        .hasValueSatisfying(why -> assertThat(why).contains("not running"));
    feedPassingShard();
    assertThat(collector.accept(test(PAY, "pays", "FAILED").parsed()))
        .hasValueSatisfying(why -> assertThat(why).contains("not running"));
    assertThat(collector.accept(test(CART, "later", "ERROR").parsed())).isPresent();

    ShardResult result = collector.finish(ContainerExit.exited(0, false), 1);

    assertThat(result.status()).isEqualTo(ShardStatus.PASSED);
    assertThat(cases(result, PAY))
        .extracting(TestCaseResult::name, TestCaseResult::outcome)
        .containsExactly(tuple("pays", Outcome.PASSED));
    assertThat(cases(result, CART)).hasSize(4);
  }

  @Test
  void ignoresAClassThatStartsTwiceOrFinishesWithoutHavingStarted() {
    assertThat(collector.accept(classFinished(PAY, 1.0).parsed())).isPresent();
    feed(classStarted(CART));
    assertThat(collector.accept(classStarted(CART).parsed()))
        .hasValueSatisfying(why -> assertThat(why).contains("had already started or ended"));
    feed(event("finished"));

    ShardResult result = collector.finish(ContainerExit.exited(0, false), 1);

    assertThat(result.status()).as("neither class finished").isEqualTo(ShardStatus.LOST);
    assertThat(outcomes(result)).containsOnly(Outcome.ERROR).hasSize(5);
  }

  @Test
  void countsASecondResultForTheSameTestOnlyWhenItIsWorse() {
    feed(classStarted(PAY));
    Event passed = test(PAY, "pays", "PASSED");
    Event failed = test(PAY, "pays", "FAILED").with("message", "declined");
    Event skipped = test(PAY, "pays", "SKIPPED");

    assertThat(collector.accept(passed.parsed())).isEmpty();
    assertThat(collector.accept(failed.parsed()))
        .hasValueSatisfying(why -> assertThat(why).contains("replaced the first"));
    assertThat(collector.accept(passed.parsed()))
        .hasValueSatisfying(why -> assertThat(why).contains("had already reported FAILED"));
    assertThat(collector.accept(skipped.parsed())).isPresent();
    feed(classFinished(PAY, 1.0));

    ShardResult result = collector.finish(ContainerExit.exited(137, false), 1);

    assertThat(cases(result, PAY))
        .singleElement()
        .satisfies(
            testCase -> {
              assertThat(testCase.outcome()).isEqualTo(Outcome.FAILED);
              assertThat(testCase.problem().message()).isEqualTo("declined");
            });
    assertThat(result.failedTestIds())
        .containsExactly(Map.entry(ShardResult.key(PAY, "pays"), "[test:" + PAY + "#pays]"));
  }

  @Test
  void keepsTwoTestsOfTheSameNameWithDifferentIds() {
    feed(classStarted(PAY));
    feed(test(PAY, "same name", "PASSED").with("id", "[dynamic:1]"));
    feed(test(PAY, "same name", "PASSED").with("id", "[dynamic:2]"));
    feed(test(PAY, "pays", "PASSED"));
    feed(classFinished(PAY, 1.0));

    ShardResult result = collector.finish(ContainerExit.exited(137, false), 1);

    assertThat(cases(result, PAY))
        .extracting(TestCaseResult::name)
        .containsExactly("same name", "same name", "pays");
  }

  private void feedCompleteShard() {
    feed(
        event("hello")
            .with("protocol", Protocol.VERSION)
            .with("java", "17")
            .with("time", STARTED_MILLIS));
    feedCompleteShardWithoutHello();
  }

  private void feedCompleteShardWithoutHello() {
    feed(classStarted(CART));
    feed(
        test(CART, "adds", "PASSED")
            .with("id", "[engine:junit-jupiter]/[class:com.acme.CartTest]/[method:adds()]")
            .with("seconds", 0.25)
            .with("stdout", "out\n")
            .with("stderr", "err\n"));
    feed(
        test(CART, "removes", "FAILED")
            .with("type", "org.opentest4j.AssertionFailedError")
            .with("message", "expected: <1> but was: <2>")
            .with("trace", "org.opentest4j.AssertionFailedError: expected\n\tat CartTest.removes"));
    feed(
        test(EMPTY_CART, "isEmpty", "ERROR")
            .with("type", "java.lang.IllegalStateException")
            .with("message", "boom")
            .with("trace", "trace of boom"));
    feed(test(CART, "totals", "SKIPPED").with("message", "not today"));
    feed(classFinished(CART, 2.5));
    feed(event("class-started").with("class", PAY).with("time", STARTED_MILLIS + 2500));
    feed(test(PAY, "pays", "PASSED"));
    feed(classFinished(PAY, 0.1));
    feed(event("finished").with("tests", 5).with("classes", 2));
  }

  /** Every planned test of the shard passes, then the agent finishes. */
  private void feedPassingShard() {
    feed(classStarted(CART));
    feed(test(CART, "adds", "PASSED"));
    feed(test(CART, "removes", "PASSED"));
    feed(test(EMPTY_CART, "isEmpty", "PASSED"));
    feed(test(CART, "totals", "PASSED"));
    feed(classFinished(CART, 1.0));
    feed(classStarted(PAY));
    feed(test(PAY, "pays", "PASSED"));
    feed(classFinished(PAY, 1.0));
    feed(event("finished").with("tests", 5).with("classes", 2));
  }

  private void feed(Event event) {
    collector.accept(event.parsed());
  }

  private static Event classStarted(String className) {
    return event("class-started").with("class", className).with("time", STARTED_MILLIS);
  }

  private static Event classFinished(String className, double seconds) {
    return event("class-finished")
        .with("class", className)
        .with("status", "SUCCESSFUL")
        .with("seconds", seconds);
  }

  /** A test event; its top-level class is derived from its classname. */
  private static Event test(String classname, String name, String status) {
    int dollar = classname.indexOf('$');
    return event("test")
        .with("id", "[test:" + classname + "#" + name + "]")
        .with("class", dollar < 0 ? classname : classname.substring(0, dollar))
        .with("classname", classname)
        .with("name", name)
        .with("status", status)
        .with("seconds", 0.1);
  }

  private static Event event(String type) {
    return new Event().with("event", type);
  }

  /** An event as the agent writes it: a JSON object after the protocol prefix. */
  private static final class Event {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    Event with(String field, Object value) {
      fields.put(field, value);
      return this;
    }

    /** Read through the real parser, as the runner reads the agent's output. */
    AgentEvent parsed() {
      try {
        return AgentEvent.parse(Protocol.PREFIX + JSON.writeValueAsString(fields)).orElseThrow();
      } catch (JsonProcessingException e) {
        throw new AssertionError(e);
      }
    }
  }

  private static ShardResultCollector collectorOf(DiscoveredClass... classes) {
    return new ShardResultCollector(
        new Shard("params", "shop", List.of(classes)), 1, className -> null, LOG);
  }

  private static TestSuiteResult suite(ShardResult result, String className) {
    return result.suites().stream()
        .filter(suite -> suite.name().equals(className))
        .findFirst()
        .orElseThrow();
  }

  private static List<TestCaseResult> cases(ShardResult result, String className) {
    return suite(result, className).testCases();
  }

  private static List<Outcome> outcomes(ShardResult result) {
    return result.suites().stream()
        .flatMap(suite -> suite.testCases().stream())
        .map(TestCaseResult::outcome)
        .toList();
  }
}
