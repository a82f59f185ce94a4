package dev.testshard.runner.execution;

import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.results.ShardResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** A {@link ShardExecutor} over a {@link FakeShardRuntime} and a {@link ManualClock}. */
final class ExecutorHarness {

  final ManualClock clock = new ManualClock();
  final FakeShardRuntime runtime = new FakeShardRuntime();
  final List<String> notes = Collections.synchronizedList(new ArrayList<>());
  private final Path reportDir;
  private int parallel = 2;
  private Duration shardTimeout;
  private Duration runTimeout;
  private StallLimit stallLimit;
  private int failFast;

  ExecutorHarness(Path reportDir) {
    this.reportDir = reportDir;
  }

  ExecutorHarness parallel(int units) {
    parallel = units;
    return this;
  }

  ExecutorHarness shardTimeout(Duration timeout) {
    shardTimeout = timeout;
    return this;
  }

  ExecutorHarness runTimeout(Duration timeout) {
    runTimeout = timeout;
    return this;
  }

  ExecutorHarness stallLimit(Duration floor) {
    stallLimit = new StallLimit(floor, className -> null);
    return this;
  }

  ExecutorHarness failFast(int failures) {
    failFast = failures;
    return this;
  }

  ShardExecutor executor() {
    return new ShardExecutor(
        runtime,
        new ExecutionSettings(
            parallel,
            reportDir,
            List.of(),
            null,
            shardTimeout,
            runTimeout,
            false,
            stallLimit,
            false,
            failFast,
            FailFast.OPTION),
        new ProgressListener() {
          @Override
          public void note(String line) {
            notes.add(line);
          }
        },
        (module, className) -> null,
        clock);
  }

  /** First attempts of shards of module {@code m}, one per list of class names. */
  static List<ShardExecutor.ShardTask> tasks(List<List<String>> shards) {
    List<ShardExecutor.ShardTask> tasks = new ArrayList<>();
    char id = 'a';
    for (List<String> classes : shards) {
      Shard shard =
          new Shard(
              String.valueOf(id++),
              "m",
              classes.stream().map(FakeShardRuntime::classNamed).toList());
      tasks.add(new ShardExecutor.ShardTask(shard, shards.size(), 1, List.of()));
    }
    return tasks;
  }

  /** Runs on another thread, so that the test can move the clock meanwhile. */
  static <T> CompletableFuture<T> inBackground(Supplier<T> work) {
    return CompletableFuture.supplyAsync(work);
  }

  static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(10, TimeUnit.SECONDS);
  }

  /** Every test case of the results, as {@code Class.name OUTCOME}. */
  static List<String> outcomes(List<ShardResult> results) {
    List<String> outcomes = new ArrayList<>();
    for (ShardResult result : results) {
      for (TestSuiteResult suite : result.suites()) {
        for (TestCaseResult testCase : suite.testCases()) {
          outcomes.add(testCase.className() + "." + testCase.name() + " " + testCase.outcome());
        }
      }
    }
    return outcomes;
  }

  /** The message of one test case. */
  static String message(ShardResult result, String className, String name) {
    for (TestSuiteResult suite : result.suites()) {
      for (TestCaseResult testCase : suite.testCases()) {
        if (testCase.className().equals(className) && testCase.name().equals(name)) {
          return testCase.problem() == null ? null : testCase.problem().message();
        }
      }
    }
    throw new AssertionError("no test " + className + "." + name);
  }
}
