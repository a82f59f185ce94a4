package dev.testshard.runner.history;

import dev.testshard.report.JUnitXmlReader;
import dev.testshard.report.RunTimings;
import dev.testshard.report.TimingsJson;
import dev.testshard.runner.plan.TimingHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The timing history on disk: testshard's own {@code timings.json}, or any JUnit XML report (a
 * merged report from CI, Surefire's reports), where a suite's time is its class's time. {@code
 * timings.json} keys a class by its module too; a JUnit XML history knows no modules, and its times
 * apply to a class of that name in any module. The planner sees only the {@link TimingHistory} read
 * from it.
 */
public final class TimingHistoryFile {

  private TimingHistoryFile() {}

  /**
   * Reads a history file; an absent file is an empty history. A history is only a hint for
   * planning, so an unreadable file is an empty history with one warning (the next run replaces
   * it), and times no test can take (negative, not a number, longer than {@link
   * TimingHistory#MOST_SECONDS}) are left out with one warning naming them.
   */
  public static TimingHistory read(Path file, Consumer<String> warn) {
    if (!Files.isRegularFile(file)) {
      return TimingHistory.empty();
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
            moduleSeconds.put(TimingHistory.key(timing.module(), timing.name()), timing.seconds());
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
      return TimingHistory.empty();
    }
    // the same times are under the class name alone, where they are named below
    moduleSeconds.values().removeIf(value -> !TimingHistory.plausible(value));
    List<String> rejected = new ArrayList<>();
    seconds
        .entrySet()
        .removeIf(
            entry -> {
              boolean absurd = !TimingHistory.plausible(entry.getValue());
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
          if (TimingHistory.plausible(timing.seconds())) {
            merged.put(TimingHistory.key(timing.module(), timing.name()), timing);
          }
        }
      } catch (IOException | RuntimeException e) {
        // an unreadable history is replaced by this run's
      }
    }
    for (RunTimings.ClassTiming timing : run.classes()) {
      merged.put(TimingHistory.key(timing.module(), timing.name()), timing);
    }
    TimingsJson.write(
        file,
        new RunTimings(
            RunTimings.FORMAT, run.runId(), new ArrayList<>(merged.values()), List.of()));
  }
}
