package dev.testshard.runner.run;

import dev.testshard.report.Totals;
import dev.testshard.runner.execution.ShardExecutor;
import dev.testshard.runner.results.ShardResult;
import java.util.List;

/**
 * How a run ended, for the CLI to print: its results and the merged report's totals, the exit code,
 * the shards kept running ({@code --keep-on-failure}) and whether the engine was lost.
 *
 * @param image the run's image
 * @param wallSeconds from the start of the run to its report
 * @param engineLost what happened to the engine during the run, or null
 * @param interrupted the CLI is shutting down (Ctrl-C, SIGTERM): nothing else is set, no report was
 *     written
 */
public record RunOutcome(
    String image,
    List<ShardResult> results,
    Totals totals,
    double wallSeconds,
    int exitCode,
    List<ShardExecutor.KeptShard> kept,
    String engineLost,
    boolean interrupted) {

  static RunOutcome cutShort() {
    return new RunOutcome(null, List.of(), null, 0, 0, List.of(), null, true);
  }
}
