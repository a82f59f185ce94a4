package dev.testshard.runner.steps;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.StepTimer.Step;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.discovery.DiscoveryCache;
import dev.testshard.runner.discovery.DiscoveryStep;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.services.ShardServices;
import dev.testshard.runner.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Discovery: the test classes and the tests known before execution, found by the JUnit Platform in
 * the snapshot (in containers, with each module's settings), or taken from the cache when nothing
 * on the class path changed. No tests at all is exit code 3.
 */
public final class DiscoverStep {

  private final Run run;
  private final DiscoveryCache cache = DiscoveryCache.inUserCache();
  private String readKey;
  private Optional<DiscoveryCache.Entry> readEntry;

  public DiscoverStep(Run run) {
    this.run = run;
  }

  /**
   * Whether discovery has nothing to do: what it found in an earlier snapshot with the same class
   * path, include and environment is in the cache.
   */
  public boolean isCached(Snapshot snapshot) {
    return cached(cacheKey(snapshot), run.events()::warning).isPresent();
  }

  private String cacheKey(Snapshot snapshot) {
    RunOptions options = run.options();
    return DiscoveryCache.key(
        snapshot, options.include(), options.excludedEngines(), options.config().env());
  }

  /** The cache's entry, read once per key. */
  private Optional<DiscoveryCache.Entry> cached(String key, Consumer<String> warn) {
    if (!key.equals(readKey)) {
      readEntry = cache.read(key, warn);
      readKey = key;
    }
    return readEntry;
  }

  /** Discovers with the step's line and the agent's warnings as the run's own. */
  public List<DiscoveredClass> discover(Snapshot snapshot) {
    return discover(snapshot, run.events()::line, run.events()::warning, false);
  }

  /**
   * @param report hears the line saying what was found
   * @param warn hears the agent's warnings
   * @param background at a low weight for CPU time, behind workers that already run tests
   */
  public List<DiscoveredClass> discover(
      Snapshot snapshot, Consumer<String> report, Consumer<String> warn, boolean background) {
    RunOptions options = run.options();
    long start = System.nanoTime();
    List<String> warnings = new ArrayList<>();
    String cacheKey = cacheKey(snapshot);
    Optional<DiscoveryCache.Entry> cached = cached(cacheKey, warn);
    run.steps().flag(Step.DISCOVERY, cached.isPresent());
    List<DiscoveredClass> classes =
        run.steps()
            .time(
                Step.DISCOVERY,
                () -> {
                  if (cached.isPresent()) {
                    warnings.addAll(cached.get().warnings());
                    return cached.get().classes();
                  }
                  List<DiscoveredClass> found =
                      new DiscoveryStep(run.engine(), run.resources())
                          .discover(
                              snapshot,
                              options.include(),
                              options.excludedEngines(),
                              classpath ->
                                  ShardServices.discoveryEnvironment(
                                      options.config(),
                                      run.resources().runId(),
                                      classpath,
                                      System.getenv()),
                              warnings,
                              background,
                              options.parallel());
                  cache.write(cacheKey, found, warnings, warn);
                  return found;
                });
    warnings.forEach(warn);
    report.accept(
        String.format(
            Locale.ROOT,
            "discovered %d test classes, %d tests known before execution, in %s%s",
            classes.size(),
            DiscoveredClass.testCount(classes),
            Run.since(start),
            cached.isPresent() ? " (cached: nothing on the class path changed)" : ""));
    if (classes.isEmpty()) {
      throw new TestshardException(
          ExitCodes.NO_TESTS,
          "no tests found in "
              + options.projectDir()
              + (options.selection().test() != null
                  ? " matching --test " + options.selection().test()
                  : "")
              + (options.include() == null
                  ? " (with each module's Surefire includes, excludes and groups)"
                  : " (class names must match " + options.include() + ")"));
    }
    return classes;
  }
}
