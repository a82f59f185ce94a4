package dev.testshard.runner.steps;

import dev.testshard.runner.common.StepTimer;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.engine.RunResources;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * One run's context, handed to every step: what the user asked for, the engine and the run's
 * labelled resources (its id and labels), the clock of its steps and where it says what happens.
 *
 * @param imageCache where the base and dependency images are loaded from and saved to, or null
 */
public record Run(
    RunOptions options,
    ContainerEngine engine,
    RunResources resources,
    StepTimer steps,
    RunEvents events,
    Path imageCache) {

  /** The labels of images kept between runs (base, dependencies): swept by {@code clean} only. */
  public static Map<String, String> cacheLabels() {
    return Map.of(RunResources.LABEL, "true", "dev.testshard.cache", "true");
  }

  /** A step's line, formatted. */
  public void say(String format, Object... args) {
    events.line(String.format(Locale.ROOT, format, args));
  }

  /** Seconds since {@code startNanos} on {@link System#nanoTime()}'s clock, as "1.2 s". */
  public static String since(long startNanos) {
    return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }
}
