package dev.testshard.runner.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.RunTimings;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.TimingHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimingHistoryFileTest {

  @TempDir Path temp;

  private final List<String> warnings = new ArrayList<>();

  /** A class of module {@code m}, the module {@link #run} measures in. */
  private static DiscoveredClass testClass(String name) {
    return new DiscoveredClass("m", name, List.of(), List.of());
  }

  @Test
  void anUpdateKeepsClassesThisRunDidNotMeasure() throws Exception {
    Path file = temp.resolve(".testshard/timings.json");
    TimingHistoryFile.update(file, run("r1", "a.A", 3.0, "a.B", 4.0));
    TimingHistoryFile.update(file, run("r2", "a.A", 5.0));

    TimingHistory history = TimingHistoryFile.read(file, warnings::add);

    assertThat(history.secondsOf(testClass("a.A"))).isEqualTo(5.0);
    assertThat(history.secondsOf(testClass("a.B"))).isEqualTo(4.0);
  }

  @Test
  void keepsTheTimesOfTheSameClassNameInTwoModulesApart() throws Exception {
    Path file = temp.resolve(".testshard/timings.json");
    TimingHistoryFile.update(
        file,
        new RunTimings(
            RunTimings.FORMAT,
            "r1",
            List.of(
                new RunTimings.ClassTiming("x.SameTest", "a", "s1", 2.0, 1),
                new RunTimings.ClassTiming("x.SameTest", "b", "s2", 7.0, 2)),
            List.of()));
    TimingHistoryFile.update(
        file,
        new RunTimings(
            RunTimings.FORMAT,
            "r2",
            List.of(new RunTimings.ClassTiming("x.SameTest", "a", "s1", 3.0, 1)),
            List.of()));

    TimingHistory history = TimingHistoryFile.read(file, warnings::add);

    assertThat(history.secondsOf(new DiscoveredClass("a", "x.SameTest", List.of(), List.of())))
        .isEqualTo(3.0);
    assertThat(history.secondsOf(new DiscoveredClass("b", "x.SameTest", List.of(), List.of())))
        .isEqualTo(7.0);
    assertThat(history.knownAmong("b", java.util.Set.of("x.SameTest"), null))
        .extracting(DiscoveredClass::module)
        .containsExactly("b");
  }

  @Test
  void readsClassTimesFromAJunitXmlReport() throws Exception {
    Path xml = temp.resolve("TEST-report.xml");
    Files.writeString(
        xml,
        "<testsuites><testsuite name=\"a.A\" tests=\"1\" time=\"12.5\">"
            + "<testcase classname=\"a.A\" name=\"x\" time=\"1\"/></testsuite></testsuites>");

    assertThat(TimingHistoryFile.read(xml, warnings::add).secondsOf(testClass("a.A")))
        .isEqualTo(12.5);
  }

  @Test
  void aMissingFileIsAnEmptyHistory() {
    assertThat(TimingHistoryFile.read(temp.resolve("none.json"), warnings::add).isEmpty()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"format\": \"testshard-timings/1\", \"classes\": [{\"name\": \"a.A\", \"sec",
        "\u0000\u0001\u0002",
        "{\"classes\": [{\"seconds\": 3}]}",
        "{\"classes\": 12}",
        "[]"
      })
  void aCorruptHistoryIsEmptyWithOneWarning(String content) throws Exception {
    Path file = temp.resolve(".testshard/timings.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);

    TimingHistory history = TimingHistoryFile.read(file, warnings::add);

    assertThat(history.isEmpty()).isTrue();
    assertThat(warnings)
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith("ignoring the timing history " + file)
                    .endsWith("this run plans without it")
                    .doesNotContain("\n"));
  }

  @Test
  void aCorruptJunitXmlHistoryIsEmptyWithOneWarning() throws Exception {
    Path xml = temp.resolve("TEST-report.xml");
    Files.writeString(xml, "<testsuites><testsuite name=\"a.A\" time=\"1\">");

    assertThat(TimingHistoryFile.read(xml, warnings::add).isEmpty()).isTrue();
    assertThat(warnings).hasSize(1);
  }

  @Test
  void negativeNotANumberAndLongerThanAWeekAreLeftOutEntryByEntryWithOneWarning() throws Exception {
    Path file = temp.resolve("timings.json");
    Files.writeString(
        file,
        "{\"format\": \"testshard-timings/1\", \"classes\": ["
            + "{\"name\": \"a.Good\", \"seconds\": 2.5},"
            + "{\"name\": \"a.Negative\", \"seconds\": -1},"
            + "{\"name\": \"a.NotANumber\", \"seconds\": \"NaN\"},"
            + "{\"name\": \"a.Endless\", \"seconds\": 1e300},"
            + "{\"name\": \"a.Zero\", \"seconds\": 0}]}");

    TimingHistory history = TimingHistoryFile.read(file, warnings::add);

    assertThat(history.size()).isEqualTo(2);
    assertThat(history.secondsOf(testClass("a.Good"))).isEqualTo(2.5);
    assertThat(history.secondsOf(testClass("a.Zero"))).isZero();
    assertThat(warnings)
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith("ignoring 3 impossible time(s) in the timing history " + file)
                    .contains("a.Negative -1.0 s", "a.NotANumber NaN s", "a.Endless 1.0E300 s"));
  }

  @Test
  void anUpdateReplacesACorruptHistoryAndDropsImpossibleTimes() throws Exception {
    Path file = temp.resolve("timings.json");
    Files.writeString(file, "{not json");
    TimingHistoryFile.update(file, run("r1", "a.A", 3.0));
    Files.writeString(
        file,
        Files.readString(file)
            .replace("\"classes\" : [", "\"classes\" : [{\"name\": \"a.B\", \"seconds\": -5},"));
    TimingHistoryFile.update(file, run("r2", "a.C", 1.0));

    TimingHistory history = TimingHistoryFile.read(file, warnings::add);

    assertThat(history.secondsOf(testClass("a.A"))).isEqualTo(3.0);
    assertThat(history.secondsOf(testClass("a.B"))).isNull();
    assertThat(history.secondsOf(testClass("a.C"))).isEqualTo(1.0);
    assertThat(warnings).isEmpty();
  }

  private static RunTimings run(String id, Object... nameAndSeconds) {
    List<RunTimings.ClassTiming> classes = new java.util.ArrayList<>();
    for (int i = 0; i < nameAndSeconds.length; i += 2) {
      classes.add(
          new RunTimings.ClassTiming(
              (String) nameAndSeconds[i], "m", "s", (Double) nameAndSeconds[i + 1], 1));
    }
    return new RunTimings(RunTimings.FORMAT, id, classes, List.of());
  }
}
