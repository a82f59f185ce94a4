package dev.testshard.runner.execution;

import dev.testshard.report.Outcome;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.results.ShardResult;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code --fail-fast[=N]}, or a module's Surefire {@code skipAfterFailureCount}: counts the run's
 * failed tests (failures and errors) and, from the N-th on, says that no new work may start. Work
 * that is running finishes. Thread-safe.
 */
public final class FailFast {

  /** The option's name, the setting of a limit the command line gave. */
  public static final String OPTION = "--fail-fast";

  /** Never trips: a run without {@code --fail-fast}. */
  public static final FailFast OFF = new FailFast(0);

  private final int limit;
  private final String setting;
  private final AtomicInteger failed = new AtomicInteger();

  /**
   * @param limit the number of failed tests after which nothing new starts; 0 for never
   */
  public FailFast(int limit) {
    this(limit, OPTION);
  }

  /**
   * @param limit the number of failed tests after which nothing new starts; 0 for never
   * @param setting what set the limit, as messages name it ({@value #OPTION}, or Surefire's {@code
   *     skipAfterFailureCount})
   */
  public FailFast(int limit, String setting) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative");
    }
    this.limit = limit;
    this.setting = setting;
  }

  /** The note the run prints when the limit trips. */
  public String trippedNote() {
    return setting + ": " + limit + " failed test(s); no new class starts, running ones finish";
  }

  /** Counts one more failed test; true if it is the one that trips the limit. */
  public boolean countFailure() {
    return limit > 0 && failed.incrementAndGet() == limit;
  }

  public boolean tripped() {
    return limit > 0 && failed.get() >= limit;
  }

  /** Why what did not start was skipped, for the report's {@code <skipped message>}. */
  public String reason() {
    return "not run: "
        + setting
        + " stopped the run after "
        + limit
        + (limit == 1 ? " failed test" : " failed tests");
  }

  /** A listener that counts the failed tests it hears of, then tells {@code next}. */
  public ProgressListener counting(ProgressListener next, Runnable onTrip) {
    return new ProgressListener() {
      @Override
      public void shardStarted(Shard shard) {
        next.shardStarted(shard);
      }

      @Override
      public void containerStarted(Shard shard, String containerId) {
        next.containerStarted(shard, containerId);
      }

      @Override
      public void classStarted(Shard shard, String className) {
        next.classStarted(shard, className);
      }

      @Override
      public void testFinished(
          Shard shard, String className, String name, Outcome outcome, String message) {
        next.testFinished(shard, className, name, outcome, message);
        boolean failedTest = outcome == Outcome.FAILED || outcome == Outcome.ERROR;
        if (failedTest && countFailure()) {
          onTrip.run();
        }
      }

      @Override
      public void classFinished(Shard shard, String className, double seconds, String status) {
        next.classFinished(shard, className, seconds, status);
      }

      @Override
      public void shardFinished(ShardResult result) {
        next.shardFinished(result);
      }

      @Override
      public void note(String line) {
        next.note(line);
      }
    };
  }
}
