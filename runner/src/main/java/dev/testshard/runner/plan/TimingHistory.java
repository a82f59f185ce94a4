package dev.testshard.runner.plan;

import dev.testshard.report.JUnitXmlReader;
import dev.testshard.report.RunTimings;
import dev.testshard.report.TimingsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * How long each top-level test class took in earlier runs, for planning balanced shards. Read from
 * testshard's own {@code timings.json} or from any JUnit XML report (a merged report from CI,
 * Surefire's reports): a suite's time is its class's time. {@code timings.json} keys a class by its
 * module too, so that the same class name in two modules keeps two times; a JUnit XML history knows
 * no modules, and its times apply to a class of that name in any module.
 */
public final class TimingHistory {

  /** The longest time a class is believed to take: a week. */
  static final double MOST_SECONDS = 7 * 24 * 3600;

  private final Map<String, Double> seconds;
  private final Map<String, Double> moduleSeconds;

  public TimingHistory(Map<String, Double> seconds) {
    this(seconds, Map.of());
  }

  /**
   * @param seconds by class name, for a class whose module the history does not know
   * @param moduleSeconds by {@link #key(String, String)} of module and class name
   */
  TimingHistory(Map<String, Double> seconds, Map<String, Double> moduleSeconds) {
    this.seconds = Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
    this.moduleSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(moduleSeconds));
  }

  /** The key of a class in a module: module ids and class names hold no line breaks. */
  static String key(String module, String className) {
    return (module == null ? "" : module) + "\n" + className;
  }

  public static TimingHistory empty() {
    return new TimingHistory(Map.of());
  }

  /**
   * Reads a history file; an absent file is an empty history. A history is only a hint for
   * planning, so an unreadable file is an empty history with one warning (the next run replaces
   * it), and times no test can take (negative, not a number, longer than {@link #MOST_SECONDS}) are
   * left out with one warning naming them.
   */
  public static TimingHistory read(Path file, Consumer<String> warn) {
    if (!Files.isRegularFile(file)) {
      return empty();
    }
    Map<String, Double> seconds = new LinkedHashMap<>();
    Map<String, Double> moduleSeconds = new LinkedHashMap<>();
    try {
      if (file.getFileName().toString().endsWith(".xml")) {
        JUnitXmlReader.read(
            file, suite -> seconds.merge(suite.name(), suite.timeSeconds(), Double::sum));
      } else {
        for (RunTimings.ClassTiming timing : TimingsJson.read(file).classes()) {
          seconds.merge(timing.name(), timing.seconds(), Math::max);
          if (timing.module() != null) {
            moduleSeconds.put(key(timing.module(), timing.name()), timing.seconds());
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      warn.accept(
          "ignoring the timing history "
              + file
              + ", which cannot be read ("
              + firstLine(e.getMessage())
              + "); this run plans without it");
      return empty();
    }
    // the same times are under the class name alone, where they are named below
    moduleSeconds.values().removeIf(value -> !plausible(value));
    List<String> rejected = new ArrayList<>();
    seconds
        .entrySet()
        .removeIf(
            entry -> {
              boolean absurd = !plausible(entry.getValue());
              if (absurd) {
                rejected.add(entry.getKey() + " " + entry.getValue() + " s");
              }
              return absurd;
            });
    if (!rejected.isEmpty()) {
      warn.accept(
          "ignoring "
              + rejected.size()
              + " impossible time(s) in the timing history "
              + file
              + ": "
              + String.join(", ", rejected.subList(0, Math.min(3, rejected.size())))
              + (rejected.size() > 3 ? ", ..." : ""));
    }
    return new TimingHistory(seconds, moduleSeconds);
  }

  /** A time a test class can have taken: not negative, a number, and at most a week. */
  static boolean plausible(double seconds) {
    return seconds >= 0 && seconds <= MOST_SECONDS;
  }

  private static String firstLine(String message) {
    return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
  }

  /**
   * Writes the history with this run's classes updated (classes this run did not measure keep their
   * earlier times; impossible ones are dropped).
   */
  public static void update(Path file, RunTimings run) throws IOException {
    Map<String, RunTimings.ClassTiming> merged = new LinkedHashMap<>();
    if (Files.isRegularFile(file) && !file.getFileName().toString().endsWith(".xml")) {
      try {
        for (RunTimings.ClassTiming timing : TimingsJson.read(file).classes()) {
          if (plausible(timing.seconds())) {
            merged.put(key(timing.module(), timing.name()), timing);
          }
        }
      } catch (IOException | RuntimeException e) {
        // an unreadable history is replaced by this run's
      }
    }
    for (RunTimings.ClassTiming timing : run.classes()) {
      merged.put(key(timing.module(), timing.name()), timing);
    }
    TimingsJson.write(
        file,
        new RunTimings(
            RunTimings.FORMAT, run.runId(), new ArrayList<>(merged.values()), List.of()));
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
