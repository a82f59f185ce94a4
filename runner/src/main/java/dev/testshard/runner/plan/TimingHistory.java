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
 * Surefire's reports): a suite's time is its class's time.
 */
public final class TimingHistory {

  /** The longest time a class is believed to take: a week. */
  static final double MOST_SECONDS = 7 * 24 * 3600;

  private final Map<String, Double> seconds;

  public TimingHistory(Map<String, Double> seconds) {
    this.seconds = Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
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
    try {
      if (file.getFileName().toString().endsWith(".xml")) {
        JUnitXmlReader.read(
            file, suite -> seconds.merge(suite.name(), suite.timeSeconds(), Double::sum));
      } else {
        for (RunTimings.ClassTiming timing : TimingsJson.read(file).classes()) {
          seconds.put(timing.name(), timing.seconds());
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
    return new TimingHistory(seconds);
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
            merged.put(timing.name(), timing);
          }
        }
      } catch (IOException | RuntimeException e) {
        // an unreadable history is replaced by this run's
      }
    }
    for (RunTimings.ClassTiming timing : run.classes()) {
      merged.put(timing.name(), timing);
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
    return seconds.entrySet().stream()
        .filter(e -> present.contains(e.getKey()) && matching.test(e.getKey()))
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
  public Double secondsOf(String className) {
    return seconds.get(className);
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
      Double known = seconds.get(testClass.className());
      if (known != null) {
        total += known;
        tests += Math.max(1, testClass.tests().size());
      }
    }
    double perTest = tests > 0 ? total / tests : 0.1;
    double perClass = tests > 0 ? 0 : 1.0;
    return testClass -> {
      Double known = seconds.get(testClass.className());
      return known != null ? known : perClass + perTest * Math.max(1, testClass.tests().size());
    };
  }
}
