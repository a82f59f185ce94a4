package dev.testshard.runner.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classes of a dynamic run, as workers take and finish them, and the time left they imply.
 * Keyed by {@link #key module and class name}. Times are {@link System#nanoTime()}-style readings
 * passed in; not thread-safe.
 */
final class ClassProgress {

  /**
   * One class to run.
   *
   * @param expectedSeconds from the timing history, or a guess when there is none
   * @param tests its tests known before execution
   */
  record Planned(double expectedSeconds, int tests) {}

  private final Map<String, Planned> planned = new LinkedHashMap<>();
  private boolean known;
  private boolean fromHistory;
  private final Map<String, Long> running = new LinkedHashMap<>();
  private final Map<String, Double> done = new HashMap<>();

  /**
   * The classes to run, once discovered. Classes may start and end before (a worker starts with a
   * class from the history while discovery runs): they are counted all the same.
   *
   * @param fromHistory whether the expected times come from a timing history; else the estimate
   *     goes by the share of classes done, and a class is expected to take its tests times the
   *     seconds per test of the classes done so far
   */
  void plan(Map<String, Planned> classes, boolean fromHistory) {
    this.planned.clear();
    this.planned.putAll(classes);
    this.fromHistory = fromHistory;
    this.known = true;
  }

  /** Whether {@link #plan} was called: the estimate can go by the classes. */
  boolean known() {
    return known;
  }

  static String key(String module, String className) {
    return module + "\u0000" + className;
  }

  void started(String key, long nanos) {
    done.remove(key);
    running.put(key, nanos);
  }

  void finished(String key, double seconds) {
    running.remove(key);
    done.put(key, seconds);
  }

  /**
   * Seconds left. With a history, the running classes keep their workers for what is left of their
   * expected time and the classes not started follow, longest first, on the worker that frees first
   * ({@link RemainingTime#byPrediction}). Without one, the rest of the classes take as long, per
   * class, as those done so far ({@link RemainingTime#byFraction}). Never less than what the
   * longest running class has left of its expected time; 0 once every class is done; null while no
   * class is done and there is no history.
   */
  Double remaining(long nanos, double elapsedSeconds, int workers) {
    int finished = (int) planned.keySet().stream().filter(done::containsKey).count();
    if (finished == planned.size()) {
      return 0.0;
    }
    double perTest = fromHistory ? 0 : secondsPerTestDone();
    double longestLeft = 0;
    List<Double> runningLeft = new ArrayList<>();
    for (Map.Entry<String, Long> entry : running.entrySet()) {
      double left = expected(entry.getKey(), perTest) - Math.max(0, nanos - entry.getValue()) / 1e9;
      runningLeft.add(left);
      longestLeft = Math.max(longestLeft, left);
    }
    Double estimate;
    if (fromHistory) {
      List<Double> pending = new ArrayList<>();
      planned.forEach(
          (key, toRun) -> {
            if (!running.containsKey(key) && !done.containsKey(key)) {
              pending.add(toRun.expectedSeconds());
            }
          });
      pending.sort(Comparator.reverseOrder());
      estimate = RemainingTime.byPrediction(runningLeft, pending, workers);
    } else {
      estimate = RemainingTime.byFraction(elapsedSeconds, finished, planned.size());
    }
    return estimate == null ? null : Math.max(estimate, longestLeft);
  }

  private double expected(String key, double perTest) {
    Planned known = planned.get(key);
    if (known == null) {
      return 0;
    }
    return fromHistory ? known.expectedSeconds() : perTest * Math.max(1, known.tests());
  }

  /** The seconds per test of the classes done (a class of no known tests counts as one). */
  private double secondsPerTestDone() {
    double seconds = 0;
    int tests = 0;
    for (Map.Entry<String, Double> entry : done.entrySet()) {
      Planned known = planned.get(entry.getKey());
      if (known != null) {
        seconds += entry.getValue();
        tests += Math.max(1, known.tests());
      }
    }
    return tests == 0 ? 0 : seconds / tests;
  }
}
