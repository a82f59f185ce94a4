package dev.testshard.runner.steps;

import dev.testshard.runner.kubernetes.KubernetesTarget;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What only {@code run} asks for, beside the {@link RunOptions} it shares with {@code plan}.
 *
 * @param dynamic {@code --dynamic} or {@code --no-dynamic}, or null for the default
 * @param shardByChosen {@code --shard-by} given (or in the configuration file)
 * @param shardsChosen {@code --shards} given (or in the configuration file)
 * @param keepOnFailure leave a failed shard's services and network running
 * @param dockerAccess give the tests the Docker engine
 * @param failAfter stop starting classes after this many failed tests; 0 for never
 * @param retryLost re-runs of a lost shard's unreported classes
 * @param rerunFailing re-runs of each failed test, or null for as many as its module's Surefire
 *     makes ({@code rerunFailingTestsCount})
 * @param minStallLimit the shortest default deadline, or null for the default
 * @param summary the Markdown job summary to write, or null
 * @param kubernetes where on a cluster the shards run ({@code --kubernetes}), or null for the local
 *     engine
 */
public record RunRequest(
    Boolean dynamic,
    boolean shardByChosen,
    boolean shardsChosen,
    boolean keepOnFailure,
    boolean dockerAccess,
    int failAfter,
    int retryLost,
    Integer rerunFailing,
    Duration minStallLimit,
    Path summary,
    KubernetesTarget kubernetes) {}
