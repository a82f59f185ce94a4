package dev.testshard.runner.console;

import java.util.List;

/**
 * What the progress display shows at one moment. Immutable.
 *
 * @param shards shards planned (workers in dynamic mode), or more when retries added some
 * @param running shards whose container is running
 * @param done shards that ended
 * @param finishedTests tests that reported, whatever their outcome
 * @param failedTests tests whose assertion failed
 * @param erroredTests tests that ended in an error (anything else that went wrong)
 * @param plannedTests tests known before execution (parameterized and dynamic tests are not)
 * @param elapsedSeconds since the first shard started
 * @param remainingSeconds the estimate of {@link RemainingTime}, or null when there is none
 * @param runningShards the running shards, in start order
 */
public record Progress(
    int shards,
    int running,
    int done,
    int finishedTests,
    int failedTests,
    int erroredTests,
    int plannedTests,
    double elapsedSeconds,
    Double remainingSeconds,
    List<RunningShard> runningShards) {

  public Progress {
    runningShards = List.copyOf(runningShards);
  }

  /**
   * One running shard.
   *
   * @param elapsedSeconds since the shard started
   * @param predictedSeconds its expected time from the timing history, or 0 when unknown
   * @param finishedTests tests of the shard that reported
   */
  public record RunningShard(
      String id, double elapsedSeconds, double predictedSeconds, int finishedTests) {}
}
