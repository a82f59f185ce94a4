package dev.testshard.runner.steps;

import dev.testshard.runner.build.ExplicitClasspath;
import dev.testshard.runner.build.MavenBuild;
import dev.testshard.runner.build.MavenPlugin;
import dev.testshard.runner.build.ProjectBuild;
import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.StepTimer;
import dev.testshard.runner.common.StepTimer.Step;
import dev.testshard.runner.common.TestshardException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The project's build (Maven, or an explicit class path), started on a thread of its own so that it
 * overlaps what needs no build: connecting to the engine and removing what killed runs left, about
 * a second of a warm run (measured on the 2-core machine, shared). Closing it before the build ends
 * (the engine did not answer, Ctrl-C) stops Maven.
 */
public final class BuildStep implements AutoCloseable {

  /** How long {@link #close()} waits for a stopped build's Maven to be gone. */
  private static final long STOP_WAIT_MILLIS = 8_000;

  private final FutureTask<ProjectBuild> task;
  private final Thread thread;
  private final long startNanos = System.nanoTime();

  private BuildStep(FutureTask<ProjectBuild> task, Thread thread) {
    this.task = task;
    this.thread = thread;
  }

  /** Starts the build; {@code events} get its one line and Maven's errors. */
  public static BuildStep start(RunOptions options, RunEvents events, StepTimer steps) {
    FutureTask<ProjectBuild> task =
        new FutureTask<>(() -> steps.time(Step.BUILD, () -> build(options, events)));
    Thread thread = new Thread(task, "testshard-build");
    thread.setDaemon(true);
    thread.start();
    return new BuildStep(task, thread);
  }

  /** Waits for the build; throws what the build threw (a failed compile is exit code 2). */
  public ProjectBuild join() {
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("the build failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      task.cancel(true);
      throw new TestshardException(ExitCodes.INFRASTRUCTURE, "interrupted during the build", e);
    } catch (CancellationException e) {
      throw new TestshardException(ExitCodes.INFRASTRUCTURE, "the build was stopped", e);
    }
  }

  /**
   * Waits for the build and returns its modules with {@code --test}, {@code --groups} and {@code
   * --exclude-groups} in place of their own selection, as Surefire's {@code -D} options do; the
   * build's notes (skipped executions, settings testshard cannot honour) are warnings, never
   * dropped. No module with test classes is exit code 3.
   */
  public ProjectBuild modules(Run run) {
    ProjectBuild build = run.options().selection().applyTo(join());
    build.notes().forEach(run.events()::warning);
    if (build.modules().isEmpty()) {
      throw new TestshardException(
          ExitCodes.NO_TESTS, "no compiled test classes in " + run.options().projectDir());
    }
    run.say(
        "built %d module(s) with test classes in %s",
        build.modules().size(), Run.since(startNanos));
    return build;
  }

  /** Whether the build was stopped ({@link #close()}) before it ended. */
  public boolean stopped() {
    return task.isCancelled();
  }

  /**
   * Stops the build if it is still running, and waits (a few seconds at most) until its Maven
   * process and what that started are gone, so that none runs on after testshard ends.
   */
  @Override
  public void close() {
    if (task.cancel(true)) {
      try {
        thread.join(STOP_WAIT_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Has testshard's Maven plugin describe Failsafe's executions instead of Surefire's. */
  private static List<String> withFailsafe(List<String> mavenArgs) {
    List<String> args = new ArrayList<>(mavenArgs);
    args.add("-Dtestshard.failsafe=true");
    return args;
  }

  private static ProjectBuild build(RunOptions options, RunEvents events) {
    if (options.classpath() != null || !options.testClasses().isEmpty()) {
      return ExplicitClasspath.of(options.projectDir(), options.testClasses(), options.classpath());
    }
    if (!MavenBuild.isMavenProject(options.projectDir())) {
      throw new TestshardException(
          ExitCodes.USAGE,
          options.projectDir()
              + " has no pom.xml; for other build tools give --test-classes and"
              + " --classpath");
    }
    MavenBuild maven =
        new MavenBuild(
            options.projectDir(),
            options.failsafe() ? withFailsafe(options.mavenArgs()) : options.mavenArgs(),
            options.reportDir().resolve("build.log"),
            events::error);
    if (!options.build()) {
      return maven.fromEarlierBuild();
    }
    events.line("building with Maven (log: " + options.reportDir().resolve("build.log") + ")");
    return maven.build(MavenPlugin.shipped());
  }
}
