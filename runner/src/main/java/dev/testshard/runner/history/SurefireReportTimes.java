package dev.testshard.runner.history;

import dev.testshard.report.JUnitXmlReader;
import dev.testshard.runner.plan.TimingHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A first run's timing history, from the reports an earlier {@code mvn test} left in each module:
 * {@code target/surefire-reports/TEST-<class>.xml} ({@code failsafe-reports} for {@code
 * --failsafe}), the time of a class being its suite's {@code time}. A developer who ran the build's
 * tests before trying testshard has them, and its first run can then take the long classes first
 * instead of guessing by test counts (a one-test class that takes 7 s is what a guess gets wrong).
 * Read with the snapshot, before the working tree is left alone, as a JUnit XML history is ({@code
 * --timings FILE.xml}). Like any history only a hint: a missing, unreadable or stale report costs
 * balance, never a result (a suite named otherwise than its class, with a {@code reportNameSuffix}
 * or phrased suite names, matches no class and gives no time).
 */
public final class SurefireReportTimes {

  /**
   * A module's reports.
   *
   * @param moduleId the module's id in the run (its timing history key)
   * @param reportsDirectory where its Surefire (or Failsafe) wrote its reports
   */
  public record ModuleReports(String moduleId, Path reportsDirectory) {}

  private SurefireReportTimes() {}

  /** The reports' class times, by module and class; empty when there are none. */
  public static TimingHistory read(List<ModuleReports> modules) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    Map<String, Double> moduleSeconds = new LinkedHashMap<>();
    for (ModuleReports module : modules) {
      List<Path> reports;
      try (Stream<Path> files = Files.list(module.reportsDirectory())) {
        reports = files.filter(SurefireReportTimes::isReport).sorted().toList();
      } catch (IOException e) {
        continue; // no reports (or none readable): no times
      }
      for (Path report : reports) {
        try {
          // The same reading as a JUnit XML history's (TimingHistoryFile): a suite per class.
          JUnitXmlReader.read(
              report,
              suite -> {
                if (TimingHistory.plausible(suite.timeSeconds())) {
                  moduleSeconds.merge(
                      TimingHistory.key(module.moduleId(), suite.name()),
                      suite.timeSeconds(),
                      Double::sum);
                  seconds.merge(suite.name(), suite.timeSeconds(), Math::max);
                }
              });
        } catch (IOException | RuntimeException e) {
          // an unreadable report gives no time
        }
      }
    }
    return new TimingHistory(seconds, moduleSeconds, "Surefire's last reports");
  }

  private static boolean isReport(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith("TEST-") && name.endsWith(".xml");
  }
}
