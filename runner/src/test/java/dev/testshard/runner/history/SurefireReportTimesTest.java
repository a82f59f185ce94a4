package dev.testshard.runner.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.TimingHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurefireReportTimesTest {

  @TempDir Path temp;

  @Test
  void takesEachClassTimeFromItsModulesReportAndNothingFromWhatIsNoReport() throws Exception {
    Path core = Files.createDirectories(temp.resolve("core/target/surefire-reports"));
    report(core, "com.acme.CartTest", "7.25");
    report(core, "com.acme.LongTest", "1,234.5");
    Files.writeString(core.resolve("TEST-com.acme.Broken.xml"), "<testsuite name=\"x\" time=");
    Files.writeString(
        core.resolve("TEST-com.acme.Other.xml"), "<testsuites><testsuite/></testsuites>");
    Files.writeString(core.resolve("com.acme.CartTest.txt"), "Tests run: 1");
    Path web = Files.createDirectories(temp.resolve("web/target/surefire-reports"));
    report(web, "com.acme.CartTest", "0.5");

    TimingHistory history =
        SurefireReportTimes.read(
            List.of(
                new SurefireReportTimes.ModuleReports("core", core),
                new SurefireReportTimes.ModuleReports("web", web),
                new SurefireReportTimes.ModuleReports("none", temp.resolve("none/target/x"))));

    assertThat(history.origin()).isEqualTo("Surefire's last reports");
    assertThat(
            history.secondsOf(
                new DiscoveredClass("core", "com.acme.CartTest", List.of(), List.of())))
        .isEqualTo(7.25);
    assertThat(
            history.secondsOf(
                new DiscoveredClass("web", "com.acme.CartTest", List.of(), List.of())))
        .isEqualTo(0.5);
    assertThat(
            history.secondsOf(
                new DiscoveredClass("core", "com.acme.LongTest", List.of(), List.of())))
        .isEqualTo(1234.5);
    assertThat(history.size()).as("by class name: CartTest and LongTest").isEqualTo(2);
  }

  @Test
  void noReportsAreAnEmptyHistory() {
    assertThat(
            SurefireReportTimes.read(
                    List.of(new SurefireReportTimes.ModuleReports("m", temp.resolve("absent"))))
                .isEmpty())
        .isTrue();
  }

  private static void report(Path dir, String className, String time) throws Exception {
    Files.writeString(
        dir.resolve("TEST-" + className + ".xml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite xmlns:xsi=\"x\" name=\""
            + className
            + "\" time=\""
            + time
            + "\" tests=\"1\">\n  <testcase name=\"adds\"/>\n</testsuite>\n");
  }
}
