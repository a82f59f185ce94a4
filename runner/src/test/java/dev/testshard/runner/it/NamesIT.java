package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testshard.report.TestSuiteResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class names that are easy to get wrong (examples/names): {@code x.SameTest} in two modules runs
 * in each with that module's class path and stays two suites; the top-level class {@code
 * x.Ça$VaTest} is not taken for a nested class; {@code GrüßeTest$Draußen} stays with its class.
 */
class NamesIT {

  @TempDir Path temp;

  @Test
  void reportsEveryClassUnderItsOwnNameAndModuleAsSurefireDoes() throws Exception {
    Path project = Examples.copy("names", temp.resolve("names"));
    Path reportDir = temp.resolve("report");

    Cli.Result result =
        Cli.run("run", "--project", project.toString(), "--report-dir", reportDir.toString());

    assertReport(result, reportDir);

    // Fixed shards by class, planned from the history the first run left, per module.
    Path byClassDir = temp.resolve("by-class");
    Cli.Result byClass =
        Cli.run(
            "run",
            "--project",
            project.toString(),
            "--no-build",
            "--shard-by",
            "class",
            "--report-dir",
            byClassDir.toString());

    assertReport(byClass, byClassDir);
    assertThat(timed(project.resolve(".testshard/timings.json")))
        .containsExactlyInAnyOrder(
            "a x.SameTest", "b x.SameTest", "a x.GrüßeTest", "b x.Ça$VaTest");
  }

  private static void assertReport(Cli.Result result, Path reportDir) throws Exception {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
    assertThat(result.out())
        .contains("FAILED x.SameTest > failsOnlyInB")
        .doesNotContain("cannot load test class");
    // Each x.SameTest passes only with its own module's x.Module on its class path.
    assertThat(Examples.casesOf(List.of(reportDir.resolve("TEST-testshard.xml"))))
        .containsExactlyElementsOf(Examples.expectedTests("names").orElseThrow());
    RunReport report = new RunReport(reportDir);
    assertThat(report.suites)
        .extracting(
            TestSuiteResult::name,
            TestSuiteResult::tests,
            TestSuiteResult::failures,
            TestSuiteResult::file)
        .containsExactlyInAnyOrder(
            tuple("x.SameTest", 1, 0, "a/src/test/java/x/SameTest.java"),
            tuple("x.SameTest", 2, 1, "b/src/test/java/x/SameTest.java"),
            tuple("x.GrüßeTest", 2, 0, "a/src/test/java/x/GrüßeTest.java"),
            tuple("x.Ça$VaTest", 2, 0, "b/src/test/java/x/Ça$VaTest.java"));
    assertThat(timed(reportDir.resolve("timings.json")))
        .containsExactlyInAnyOrder(
            "a x.SameTest", "b x.SameTest", "a x.GrüßeTest", "b x.Ça$VaTest");
    assertThat(report.leftovers().isEmpty()).isTrue();
  }

  /** The classes of a timings file, as "module class". */
  private static List<String> timed(Path timings) throws Exception {
    List<String> timed = new ArrayList<>();
    for (JsonNode timing : new ObjectMapper().readTree(timings.toFile()).get("classes")) {
      timed.add(timing.get("module").asText() + " " + timing.get("name").asText());
    }
    return timed;
  }
}
