package dev.testshard.runner.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * How long each top-level test class took in earlier runs, for planning balanced shards. A class
 * may be known by its module too, so that the same class name in two modules keeps two times, or by
 * its name alone, for a class of that name in any module. Immutable; reading and writing the
 * history file is {@code dev.testshard.runner.history.TimingHistoryFile}'s.
 */
public final class TimingHistory {

  /** The longest time a class is believed to take: a week. */
  public static final double MOST_SECONDS = 7 * 24 * 3600;

  private final Map<String, Double> seconds;
  private final Map<String, Double> moduleSeconds;
  private final String origin;

  public TimingHistory(Map<String, Double> seconds) {
    this(seconds, Map.of());
  }

  /**
   * @param seconds by class name, for a class whose module the history does not know
   * @param moduleSeconds by {@link #key(String, String)} of module and class name
   */
  public TimingHistory(Map<String, Double> seconds, Map<String, Double> moduleSeconds) {
    this(seconds, moduleSeconds, null);
  }

  /**
   * @param origin where the times come from when not from the history file ({@code --timings}), for
   *     the lines that name it; null for the file
   */
  public TimingHistory(
      Map<String, Double> seconds, Map<String, Double> moduleSeconds, String origin) {
    this.seconds = Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
    this.moduleSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(moduleSeconds));
    this.origin = origin;
  }

  /** Where the times come from when not from the history file, else null. */
  public String origin() {
    return origin;
  }

  /** The key of a class in a module: module ids and class names hold no line breaks. */
  public static String key(String module, String className) {
    return (module == null ? "" : module) + "\n" + className;
  }

  public static TimingHistory empty() {
    return new TimingHistory(Map.of());
  }

  /** A time a test class can have taken: not negative, a number, and at most a week. */
  public static boolean plausible(double seconds) {
    return seconds >= 0 && seconds <= MOST_SECONDS;
  }

  public boolean isEmpty() {
    return seconds.isEmpty();
  }

  /** How many classes it has a time for. */
  public int size() {
    return seconds.size();
  }

  /**
   * The classes it knows that are still there, longest first: those of {@code present} (a module's
   * top-level classes in the snapshot) whose names match {@code include}. Before discovery ends,
   * they are the best guess at the module's test classes.
   */
  public List<DiscoveredClass> knownAmong(String module, Set<String> present, String include) {
    Predicate<String> matching = matching(include);
    Map<String, Double> known = new LinkedHashMap<>();
    for (String name : present) {
      Double time = secondsOf(module, name);
      if (time != null && matching.test(name)) {
        known.put(name, time);
      }
    }
    return known.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new DiscoveredClass(module, e.getKey(), List.of(), List.of()))
        .toList();
  }

  /** Class names that match {@code --include}'s regular expression; all of them when it is null. */
  public static Predicate<String> matching(String include) {
    return include == null ? name -> true : Pattern.compile(include).asMatchPredicate();
  }

  /** The measured time of a class, or null. */
  public Double secondsOf(DiscoveredClass testClass) {
    return secondsOf(testClass.module(), testClass.className());
  }

  /**
   * The longest time measured for a class of this name in any module (or under the name alone), or
   * null: for what knows the running class by its name only (the default deadline).
   */
  public Double longestSecondsOf(String className) {
    Double longest = seconds.get(className);
    String suffix = "\n" + className;
    for (Map.Entry<String, Double> entry : moduleSeconds.entrySet()) {
      if (entry.getKey().endsWith(suffix) && (longest == null || entry.getValue() > longest)) {
        longest = entry.getValue();
      }
    }
    return longest;
  }

  /** The time measured in the module, else under the name in a history without modules. */
  private Double secondsOf(String module, String className) {
    Double inModule = moduleSeconds.get(key(module, className));
    return inModule != null ? inModule : seconds.get(className);
  }

  /**
   * Expected times for the classes of a plan: measured when known; otherwise the class's planned
   * tests times the average time per planned test of the classes that are known (with no history at
   * all: one second per class plus 0.1 s per test). Parameterized and dynamic tests are not
   * planned, so measured times are what make a plan balanced.
   */
  public ToDoubleFunction<DiscoveredClass> estimator(List<DiscoveredClass> classes) {
    double total = 0;
    int tests = 0;
    for (DiscoveredClass testClass : classes) {
      Double known = secondsOf(testClass);
      if (known != null) {
        total += known;
        tests += Math.max(1, testClass.tests().size());
      }
    }
    double perTest = tests > 0 ? total / tests : 0.1;
    double perClass = tests > 0 ? 0 : 1.0;
    return testClass -> {
      Double known = secondsOf(testClass);
      return known != null ? known : perClass + perTest * Math.max(1, testClass.tests().size());
    };
  }
}
