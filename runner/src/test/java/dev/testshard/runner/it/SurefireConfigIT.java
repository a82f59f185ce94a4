package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.JUnitXmlReader;
import dev.testshard.report.TestSuiteResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.tools.ExecFileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/surefire-config, whose tests pass only when each Surefire setting of its POM reaches the
 * test JVM, run by Maven Surefire and by testshard: the same tests with the same outcomes, test by
 * test, and the same coverage from JaCoCo's agent in {@code @{argLine}}.
 */
class SurefireConfigIT {

  @TempDir Path temp;

  @Test
  void sameTestsOutcomesAndCoverageAsSurefire() throws Exception {
    Path bySurefire = Examples.copy("surefire-config", temp.resolve("surefire"));
    Path byTestshard = Examples.copy("surefire-config", temp.resolve("testshard"));
    mvn(bySurefire, "test");

    Cli.Result result =
        Cli.run("run", "--project", byTestshard.toString(), "--parallel", "2", "--no-dynamic");

    assertThat(result.exitCode()).as(result.err()).isZero();
    Set<String> surefire = testsIn(surefireReports(bySurefire));
    assertThat(surefire).hasSize(11);
    assertThat(testsIn(List.of(byTestshard.resolve("target/testshard/TEST-testshard.xml"))))
        .isEqualTo(surefire);
    assertThat(result.out()).contains("coverage: JaCoCo data of").contains("target/jacoco.exec");
    assertThat(coveredLines(byTestshard)).isEqualTo(coveredLines(bySurefire)).isNotEmpty();
  }

  @Test
  void failsafeRunsTheIntegrationTestsWithFailsafesSettings() throws Exception {
    Path project = Examples.copy("surefire-config", temp.resolve("failsafe"));

    Cli.Result result =
        Cli.run("run", "--project", project.toString(), "--failsafe", "--parallel", "2");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(testsIn(List.of(project.resolve("target/testshard/TEST-testshard.xml"))))
        .containsExactly(
            "dev.example.config.ConfigIT | failsafeKeepsTheArgLineItIsGiven | PASSED",
            "dev.example.config.ConfigIT | failsafesOwnSystemProperty | PASSED");
  }

  /** (classname, name, outcome) of every test case. */
  static Set<String> testsIn(List<Path> reports) throws IOException {
    Set<String> tests = new TreeSet<>();
    for (Path report : reports) {
      JUnitXmlReader.read(
          report,
          (TestSuiteResult suite) ->
              suite
                  .testCases()
                  .forEach(c -> tests.add(c.className() + " | " + c.name() + " | " + c.outcome())));
    }
    return tests;
  }

  static List<Path> surefireReports(Path project) throws IOException {
    List<Path> reports = new ArrayList<>();
    try (Stream<Path> files = Files.list(project.resolve("target/surefire-reports"))) {
      files.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")).forEach(reports::add);
    }
    return reports;
  }

  /** Covered lines per class of the module's code, from its target/jacoco.exec. */
  static Map<String, Integer> coveredLines(Path project) throws IOException {
    ExecFileLoader loader = new ExecFileLoader();
    loader.load(project.resolve("target/jacoco.exec").toFile());
    CoverageBuilder coverage = new CoverageBuilder();
    new Analyzer(loader.getExecutionDataStore(), coverage)
        .analyzeAll(project.resolve("target/classes").toFile());
    Map<String, Integer> lines = new TreeMap<>();
    for (IClassCoverage c : coverage.getClasses()) {
      lines.put(c.getName(), c.getLineCounter().getCoveredCount());
    }
    return lines;
  }

  static void mvn(Path project, String... goals) throws Exception {
    List<String> args = new ArrayList<>(List.of("-q"));
    args.addAll(List.of(goals));
    Command.Result result = Command.mvn(project, args.toArray(String[]::new));
    if (result.exitCode() != 0) {
      throw new IllegalStateException(args + " failed in " + project + ":\n" + result.output());
    }
  }
}
