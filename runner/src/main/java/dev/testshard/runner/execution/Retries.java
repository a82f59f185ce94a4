package dev.testshard.runner.execution;

import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.DiscoveredClass.PlannedTest;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.results.AttemptMerging;
import dev.testshard.runner.results.ShardResult;
import dev.testshard.runner.results.ShardStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * Second chances, each in a fresh container: {@code --retry-lost N} re-runs the classes of a lost
 * shard that never reported, up to N times; then each failed test is re-run by its unique id, up to
 * {@code --rerun-failing N} times, or without that option as many times as its module's Surefire
 * would ({@code rerunFailingTestsCount}). Every container gets {@code TESTSHARD_ATTEMPT}.
 */
public final class Retries {

  private final ShardExecutor executor;
  private final int retryLost;
  private final ToIntFunction<String> rerunFailing;
  private final Consumer<String> say;

  /**
   * @param rerunFailing how many times a failed test of a module (by its id) is re-run
   * @param say receives one line per retry round, for the console
   */
  public Retries(
      ShardExecutor executor,
      int retryLost,
      ToIntFunction<String> rerunFailing,
      Consumer<String> say) {
    this.executor = executor;
    this.retryLost = retryLost;
    this.rerunFailing = rerunFailing;
    this.say = say;
  }

  /**
   * How many times a failed test of a module is re-run: {@code --rerun-failing} when given (not
   * null), else the module's own {@code rerunFailingTestsCount} (0 for a module not in {@code
   * modules}).
   */
  public static ToIntFunction<String> reruns(Integer option, Map<String, Integer> modules) {
    return option != null ? module -> option : module -> modules.getOrDefault(module, 0);
  }

  public List<ShardResult> apply(List<ShardResult> first) {
    List<ShardResult> results = new ArrayList<>(first);
    int attempt = 1;
    for (int round = 0; round < retryLost; round++) {
      attempt++;
      if (!retryRound(results, attempt, true, 0)) {
        break;
      }
    }
    int rounds =
        results.stream()
            .mapToInt(result -> rerunFailing.applyAsInt(result.shard().module()))
            .max()
            .orElse(0);
    for (int round = 1; round <= rounds; round++) {
      attempt++;
      if (!retryRound(results, attempt, false, round)) {
        break;
      }
    }
    return results;
  }

  /**
   * Runs one round; false when there was nothing to retry.
   *
   * @param rerun the number of this re-run of failed tests (0 for lost work): only the modules that
   *     re-run a failed test that often take part
   */
  private boolean retryRound(List<ShardResult> results, int attempt, boolean lostWork, int rerun) {
    List<Integer> indexes = new ArrayList<>();
    List<ShardExecutor.ShardTask> tasks = new ArrayList<>();
    List<Set<String>> onlyTests = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      ShardResult result = results.get(i);
      ShardExecutor.ShardTask task =
          lostWork
              ? lostClasses(result, results.size(), attempt)
              : rerunFailing.applyAsInt(result.shard().module()) >= rerun
                  ? failedTests(result, results.size(), attempt)
                  : null;
      if (task != null) {
        indexes.add(i);
        tasks.add(task);
        onlyTests.add(lostWork ? null : keys(task));
      }
    }
    if (tasks.isEmpty()) {
      return false;
    }
    int tests = tasks.stream().mapToInt(task -> task.shard().plannedTests()).sum();
    say.accept(
        lostWork
            ? "retrying lost work of " + tasks.size() + " shard(s), attempt " + attempt
            : "re-running "
                + tests
                + " failed test(s) in "
                + tasks.size()
                + " shard(s), attempt "
                + attempt);
    List<ShardResult> retried = executor.execute(tasks);
    for (int t = 0; t < tasks.size(); t++) {
      int index = indexes.get(t);
      results.set(
          index, AttemptMerging.merge(results.get(index), retried.get(t), onlyTests.get(t)));
    }
    return true;
  }

  /** The classes of a lost shard that have tests that never reported, or null. */
  private static ShardExecutor.ShardTask lostClasses(
      ShardResult result, int shardCount, int attempt) {
    if (result.status() != ShardStatus.LOST) {
      return null;
    }
    Set<String> lostClasses = new LinkedHashSet<>();
    for (TestSuiteResult suite : result.suites()) {
      for (TestCaseResult testCase : suite.testCases()) {
        if (AttemptMerging.isLost(testCase)) {
          lostClasses.add(suite.name());
        }
      }
    }
    List<DiscoveredClass> classes =
        result.shard().classes().stream().filter(c -> lostClasses.contains(c.className())).toList();
    if (classes.isEmpty()) {
      return null;
    }
    Shard part = new Shard(result.shard().id(), result.shard().module(), classes);
    return new ShardExecutor.ShardTask(part, shardCount, attempt, List.of());
  }

  /** The failed tests of a shard that can be selected again, or null. */
  private static ShardExecutor.ShardTask failedTests(
      ShardResult result, int shardCount, int attempt) {
    Map<String, List<PlannedTest>> byClass = new LinkedHashMap<>();
    List<String> ids = new ArrayList<>();
    for (TestSuiteResult suite : result.suites()) {
      for (TestCaseResult testCase : suite.testCases()) {
        boolean failed = ShardStatus.failing(testCase);
        String id =
            result.failedTestIds().get(ShardResult.key(testCase.className(), testCase.name()));
        if (failed && !AttemptMerging.isLost(testCase) && id != null) {
          byClass
              .computeIfAbsent(suite.name(), k -> new ArrayList<>())
              .add(new PlannedTest(testCase.className(), testCase.name()));
          ids.add(id);
        }
      }
    }
    if (ids.isEmpty()) {
      return null;
    }
    List<DiscoveredClass> classes = new ArrayList<>();
    for (DiscoveredClass planned : result.shard().classes()) {
      List<PlannedTest> tests = byClass.get(planned.className());
      if (tests != null) {
        classes.add(
            new DiscoveredClass(planned.module(), planned.className(), planned.engines(), tests));
      }
    }
    Shard part = new Shard(result.shard().id(), result.shard().module(), classes);
    return new ShardExecutor.ShardTask(part, shardCount, attempt, ids);
  }

  private static Set<String> keys(ShardExecutor.ShardTask task) {
    Set<String> keys = new LinkedHashSet<>();
    for (DiscoveredClass testClass : task.shard().classes()) {
      for (PlannedTest test : testClass.tests()) {
        keys.add(ShardResult.key(test.className(), test.name()));
      }
    }
    return keys;
  }
}
