package dev.testshard.runner.steps;

import dev.testshard.runner.execution.ShardExecutor;
import dev.testshard.runner.results.ShardResult;
import java.util.List;

/**
 * What the execute step produced: every shard's result after retries, the shards kept running and
 * what happened to the engine (or null).
 */
public record Executed(
    List<ShardResult> results, List<ShardExecutor.KeptShard> kept, String engineLost) {}
