package dev.testshard.report;

/**
 * Where a run's time went outside the tests: field {@code steps} of {@code summary.json}, added
 * within format {@value RunSummary#FORMAT}. All times are in seconds; a step that did not happen in
 * the run (no Maven build with {@code --classpath}, no container started) is null.
 *
 * @param startupSeconds from the CLI process's start until the engine answered and what killed runs
 *     left was removed (the JVM's own start included); the build runs meanwhile
 * @param buildSeconds the project's build (Maven {@code test-compile} plus class path resolution)
 * @param baseImageSeconds finding, pulling or building the base Java runtime image
 * @param baseImageBuilt whether the base image had to be built or pulled (false: cached)
 * @param depsImageSeconds finding or building the cached image of dependency jars and agent
 * @param depsImageBuilt whether that image had to be built (false: cached)
 * @param runImageSeconds building the per-run image (project files and compiled classes)
 * @param snapshotSeconds the whole snapshot: listing the files plus the two images above
 * @param discoverySeconds test discovery (a container, or the discovery cache)
 * @param discoveryCached whether discovery was answered from the cache (no container)
 * @param containers shard containers that started (first attempts; re-runs are not counted)
 * @param containerStartTotalSeconds sum over those containers of the time from the create request
 *     until the container ran
 * @param containerStartMeanSeconds that sum divided by {@code containers}
 * @param containerStartMaxSeconds the longest of those times
 * @param jvmStartMeanSeconds mean time from a container running until its agent's first event
 * @param firstTestSeconds from the CLI process's start until the first test class started in any
 *     container
 * @param firstTestAfterBuildSeconds {@code firstTestSeconds} minus {@code buildSeconds}: the
 *     testshard overhead before the first test
 * @param mergeSeconds writing the shards' reports and merging them into {@code TEST-testshard.xml}
 * @param totalSeconds from the CLI process's start until the summary was written (unlike {@code
 *     wallTimeSeconds}, this includes the JVM's start and option parsing)
 * @param testCpuSeconds the CPU time of the shards' test JVMs, summed over those whose agent told
 *     it (first attempts): beside the wall time, what the tests cost; null when none did
 */
public record StepTimes(
    Double startupSeconds,
    Double buildSeconds,
    Double baseImageSeconds,
    Boolean baseImageBuilt,
    Double depsImageSeconds,
    Boolean depsImageBuilt,
    Double runImageSeconds,
    Double snapshotSeconds,
    Double discoverySeconds,
    Boolean discoveryCached,
    Integer containers,
    Double containerStartTotalSeconds,
    Double containerStartMeanSeconds,
    Double containerStartMaxSeconds,
    Double jvmStartMeanSeconds,
    Double firstTestSeconds,
    Double firstTestAfterBuildSeconds,
    Double mergeSeconds,
    Double totalSeconds,
    Double testCpuSeconds) {}
