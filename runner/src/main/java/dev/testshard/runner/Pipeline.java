package dev.testshard.runner;

import dev.testshard.runner.build.ProjectBuild;
import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.StepTimer;
import dev.testshard.runner.common.StepTimer.Step;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.exec.DiscoveryCache;
import dev.testshard.runner.exec.DiscoveryStep;
import dev.testshard.runner.exec.RunResources;
import dev.testshard.runner.history.TimingHistoryFile;
import dev.testshard.runner.plan.BinPacker;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.FailedFirst;
import dev.testshard.runner.plan.ShardPlan;
import dev.testshard.runner.plan.ShardPlanner;
import dev.testshard.runner.plan.TimingHistory;
import dev.testshard.runner.services.ShardServices;
import dev.testshard.runner.snapshot.AgentCode;
import dev.testshard.runner.snapshot.HostJdkBaseImage;
import dev.testshard.runner.snapshot.ImageCache;
import dev.testshard.runner.snapshot.PlatformJars;
import dev.testshard.runner.snapshot.ProjectFiles;
import dev.testshard.runner.snapshot.Snapshot;
import dev.testshard.runner.snapshot.SnapshotBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The steps up to a plan, shared by {@code run} and {@code plan}: build, base image, snapshot,
 * discover, plan. Each step prints one line when it is done.
 */
public final class Pipeline {

  /** What the preparation produced. */
  public record Prepared(
      Snapshot snapshot, List<DiscoveredClass> classes, ShardPlan plan, TimingHistory history) {}

  private final ContainerEngine engine;
  private final RunResources resources;
  private final RunOptions options;
  private final PrintWriter out;
  private final PrintWriter err;
  private final StepTimer steps;
  private final Path imageCache;
  private final DiscoveryCache discoveryCache = DiscoveryCache.inUserCache();

  /**
   * @param imageCache where the base and dependency images are loaded from and saved to ({@link
   *     ImageCache}), or null
   */
  public Pipeline(
      ContainerEngine engine,
      RunResources resources,
      RunOptions options,
      PrintWriter out,
      PrintWriter err,
      StepTimer steps,
      Path imageCache) {
    this.imageCache = imageCache;
    this.engine = engine;
    this.resources = resources;
    this.options = options;
    this.out = out;
    this.err = err;
    this.steps = steps;
  }

  /** Prepares with a build that was started earlier, so that it overlaps the engine's start-up. */
  public Prepared prepare(BuildStep buildStep) {
    Snapshot snapshot = snapshot(buildStep);
    List<DiscoveredClass> classes =
        discover(snapshot, this::say, warning -> err.println("testshard: warning: " + warning));
    TimingHistory history = history();
    return new Prepared(snapshot, classes, plan(classes, history), history);
  }

  /** Makes sure of the base image while the build runs, waits for it, and takes the snapshot. */
  public Snapshot snapshot(BuildStep buildStep) {
    // The base image does not depend on the build: it is made sure of while Maven runs.
    long baseStart = System.nanoTime();
    ImageCache cache =
        imageCache == null
            ? null
            : new ImageCache(
                engine, imageCache, this::say, line -> err.println("testshard: warning: " + line));
    if (cache != null) {
      cache.load();
    }
    String baseImage = steps.time(Step.BASE_IMAGE, this::baseImage);
    String baseReady =
        String.format(Locale.ROOT, "base image %s ready in %s", baseImage, since(baseStart));
    // --test, --groups, --exclude-groups replace the modules' own, as Surefire's -D options do.
    ProjectBuild build = options.selection().applyTo(buildStep.join());
    // Skipped executions and settings testshard cannot honour: said, never silently dropped.
    build.notes().forEach(note -> err.println("testshard: warning: " + note));
    if (build.modules().isEmpty()) {
      throw new TestshardException(
          ExitCodes.NO_TESTS, "no compiled test classes in " + options.projectDir());
    }
    say(
        "built %d module(s) with test classes in %s",
        build.modules().size(), since(buildStep.startNanos()));
    say(baseReady);

    long snapshotStart = System.nanoTime();
    ProjectFiles files = ProjectFiles.list(options.projectDir());
    List<String> linksOutside = files.linksOutside();
    if (!linksOutside.isEmpty()) {
      err.println(
          "testshard: warning: symbolic link(s) to outside the project are in the snapshot as"
              + " links only, without their targets: "
              + String.join(", ", linksOutside));
    }
    Snapshot snapshot =
        new SnapshotBuilder(
                engine, PlatformJars.inUserCache(), AgentCode.locate(), cacheLabels(), steps)
            .take(
                build, files, baseImage, "testshard-run:" + resources.runId(), resources.labels());
    steps.record(Step.SNAPSHOT, (System.nanoTime() - snapshotStart) / 1e9);
    say(
        "snapshot taken: %d files, %d module(s) in image %s (%s); the working tree is no longer read",
        files.files().size(), snapshot.modules().size(), snapshot.image(), since(snapshotStart));
    if (cache != null) {
      cache.save(List.of(baseImage, snapshot.depsImage()));
    }
    return snapshot;
  }

  /**
   * Discovers the tests in the snapshot (or takes them from the cache when nothing on the class
   * path changed); the line saying what was found goes to {@code report}, the agent's warnings to
   * {@code warn}. No tests at all is an error (exit 3).
   */
  public List<DiscoveredClass> discover(
      Snapshot snapshot, Consumer<String> report, Consumer<String> warn) {
    return discover(snapshot, report, warn, false);
  }

  /**
   * @param background at a low weight for CPU time, behind workers that already run tests
   */
  public List<DiscoveredClass> discover(
      Snapshot snapshot, Consumer<String> report, Consumer<String> warn, boolean background) {
    long discoverStart = System.nanoTime();
    List<String> warnings = new ArrayList<>();
    String cacheKey =
        DiscoveryCache.key(
            snapshot, options.include(), options.excludedEngines(), options.config().env());
    Optional<DiscoveryCache.Entry> cached = discoveryCache.read(cacheKey, warn);
    steps.flag(Step.DISCOVERY, cached.isPresent());
    List<DiscoveredClass> classes =
        steps.time(
            Step.DISCOVERY,
            () -> {
              if (cached.isPresent()) {
                warnings.addAll(cached.get().warnings());
                return cached.get().classes();
              }
              List<DiscoveredClass> found =
                  new DiscoveryStep(engine, resources)
                      .discover(
                          snapshot,
                          options.include(),
                          options.excludedEngines(),
                          classpath ->
                              ShardServices.discoveryEnvironment(
                                  options.config(), resources.runId(), classpath, System.getenv()),
                          warnings,
                          background,
                          options.parallel());
              discoveryCache.write(cacheKey, found, warnings, warn);
              return found;
            });
    warnings.forEach(warn);
    int tests = DiscoveredClass.testCount(classes);
    report.accept(
        String.format(
            Locale.ROOT,
            "discovered %d test classes, %d tests known before execution, in %s%s",
            classes.size(),
            tests,
            since(discoverStart),
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

  /** The timing history that {@code --timings} names (empty when there is none yet). */
  public TimingHistory history() {
    return TimingHistoryFile.read(
        options.timings(), warning -> err.println("testshard: warning: " + warning));
  }

  /** The fixed plan: balanced bins with {@code --shards}, else by {@code --shard-by}. */
  public ShardPlan plan(List<DiscoveredClass> classes, TimingHistory history) {
    ShardPlan plan;
    if (options.shards() > 0) {
      plan =
          BinPacker.pack(
              classes, options.shards(), options.keepTogether(), history.estimator(classes));
      long known = classes.stream().filter(c -> history.secondsOf(c) != null).count();
      say(
          "balanced %d shards with times of %d of %d classes from %s; lower bound %.1f s",
          plan.shards().size(),
          known,
          classes.size(),
          history.isEmpty() ? "no history (estimates only)" : options.timings(),
          plan.lowerBoundSeconds());
    } else {
      // Known times order the shards longest first; without history, planned test counts do.
      plan =
          ShardPlanner.plan(
              classes, options.shardBy(), history.isEmpty() ? null : history.estimator(classes));
    }
    return FailedFirst.plan(plan, options.startFirst());
  }

  private String baseImage() {
    steps.flag(Step.BASE_IMAGE, false);
    if (options.baseImage() != null) {
      if (engine.imageId(options.baseImage()).isEmpty()) {
        steps.flag(Step.BASE_IMAGE, true);
        say("pulling base image %s", options.baseImage());
        try {
          engine.pull(options.baseImage());
        } catch (RuntimeException e) {
          throw new TestshardException(
              ExitCodes.USAGE,
              "base image "
                  + options.baseImage()
                  + " not found locally and cannot be pulled: "
                  + e.getMessage(),
              e);
        }
      }
      return options.baseImage();
    }
    HostJdkBaseImage host = new HostJdkBaseImage(engine, HostJdkBaseImage.hostJavaHome());
    return host.ensure(
        cacheLabels(),
        () -> {
          steps.flag(Step.BASE_IMAGE, true);
          say(
              "building base image %s from the host JDK %s (once per JDK)",
              host.tag(), HostJdkBaseImage.hostJavaHome());
        });
  }

  private static Map<String, String> cacheLabels() {
    return Map.of(RunResources.LABEL, "true", "dev.testshard.cache", "true");
  }

  private void say(String format, Object... args) {
    say(String.format(Locale.ROOT, format, args));
  }

  private void say(String line) {
    out.println(line);
    out.flush();
  }

  static String since(long startNanos) {
    return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }
}
