package dev.testshard.runner.history;

import dev.testshard.runner.plan.TimingHistory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A first run's timing history, from the reports an earlier {@code mvn test} left in each module:
 * {@code target/surefire-reports/TEST-<class>.xml} ({@code failsafe-reports} for {@code
 * --failsafe}), the time of a class being its suite's {@code time}. A developer who ran the build's
 * tests before trying testshard has them, and its first run can then take the long classes first
 * instead of guessing by test counts (a one-test class that takes 7 s is what a guess gets wrong).
 * Read with the snapshot, before the working tree is left alone; only the root element of each
 * report. Like any history only a hint: a missing, unreadable or stale report costs balance, never
 * a result (a suite named otherwise than its class, with a {@code reportNameSuffix} or phrased
 * suite names, matches no class and gives no time).
 */
public final class SurefireReportTimes {

  /**
   * A module's reports.
   *
   * @param moduleId the module's id in the run (its timing history key)
   * @param reportsDirectory where its Surefire (or Failsafe) wrote its reports
   */
  public record ModuleReports(String moduleId, Path reportsDirectory) {}

  private static final XMLInputFactory XML = XMLInputFactory.newDefaultFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

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
        Suite suite = suite(report);
        if (suite != null && TimingHistory.plausible(suite.seconds())) {
          moduleSeconds.put(TimingHistory.key(module.moduleId(), suite.name()), suite.seconds());
          seconds.merge(suite.name(), suite.seconds(), Math::max);
        }
      }
    }
    return new TimingHistory(seconds, moduleSeconds, "Surefire's last reports");
  }

  private static boolean isReport(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith("TEST-") && name.endsWith(".xml");
  }

  /** A report's class and time. */
  record Suite(String name, double seconds) {}

  /**
   * The {@code name} and {@code time} of the report's root {@code <testsuite>}, or null when it has
   * no such element or attributes.
   */
  static Suite suite(Path report) {
    try (InputStream in = Files.newInputStream(report)) {
      XMLStreamReader xml = XML.createXMLStreamReader(in);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT) {
            if (!xml.getLocalName().equals("testsuite")) {
              return null;
            }
            String name = xml.getAttributeValue(null, "name");
            String time = xml.getAttributeValue(null, "time");
            // Surefire writes the time with a dot, and thousands with commas (1,234.5).
            return name == null || time == null
                ? null
                : new Suite(name, Double.parseDouble(time.strip().replace(",", "")));
          }
        }
        return null;
      } finally {
        xml.close();
      }
    } catch (IOException | XMLStreamException | NumberFormatException e) {
      return null;
    }
  }
}
