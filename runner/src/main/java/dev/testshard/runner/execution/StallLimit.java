package dev.testshard.runner.execution;

import java.time.Duration;
import java.util.function.Function;

/**
 * The default deadline of a shard or worker when neither {@code --shard-timeout} nor {@code
 * --timeout} is given: it is stopped when no test has ended for {@link #MULTIPLE} times the
 * expected time of the class it runs (from the timing history), and never sooner than {@code
 * floor}; a warning comes at half that.
 *
 * @param floor the shortest limit (10 minutes unless the hidden {@code --min-stall-limit} says)
 * @param expectedSeconds a class's time in the timing history, or null when it has none
 */
public record StallLimit(Duration floor, Function<String, Double> expectedSeconds) {

  /** The default {@link #floor}. */
  public static final Duration DEFAULT_FLOOR = Duration.ofMinutes(10);

  /** How many times its expected time a class may go without a test ending. */
  static final int MULTIPLE = 5;

  public StallLimit {
    if (floor.isZero() || floor.isNegative()) {
      throw new IllegalArgumentException("the stall limit must be longer than zero");
    }
  }

  /** The limit while {@code className} runs, in whole seconds or more. */
  Duration limitFor(String className) {
    Double expected = expectedSeconds.apply(className);
    if (expected == null || !(expected > 0)) {
      return floor;
    }
    Duration multiple = Duration.ofSeconds((long) Math.ceil(expected * MULTIPLE));
    return multiple.compareTo(floor) > 0 ? multiple : floor;
  }
}
