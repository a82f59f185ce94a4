package dev.testshard.runner.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.tools.ExecFileLoader;

/**
 * Maven Surefire's own runs of the examples whose results are recorded beside them, made once per
 * test JVM and shared by every integration test that compares with Surefire.
 *
 * <p>The first use builds all of them with one {@code mvn test} over an aggregator of copies: a
 * Maven start per example cost more than most examples' tests (13 examples: 74 s one by one, 28 s
 * in one reactor, measured side by side). Each example stays its own project (no parent in common),
 * so its Surefire configuration, profiles and reports are what {@code mvn test} in its directory
 * gives. The copies are read-only for the tests: one that changes a project copies it.
 */
final class SurefireRuns {

  /** The examples with {@code expected-surefire.json}, run by Surefire on first use. */
  static final List<String> RECORDED =
      List.of(
          "multi-package",
          "multi-module",
          "junit4",
          "junit5-10",
          "failing",
          "lifecycle-edges",
          "testng",
          "testng-suites",
          "dependencies-to-scan",
          "display-names",
          "jvm-per-class",
          "faults",
          "snapshot-files",
          "runaway",
          "surefire-config",
          "discovery-settings",
          "discovery-modules",
          "selection");

  private static final Path ROOT = Path.of("target", "surefire-runs").toAbsolutePath();
  private static boolean built;

  private SurefireRuns() {}

  /**
   * A copy of the example after {@code mvn test} (failures ignored, {@code example.sleepScale=0}):
   * its {@code target/} holds Surefire's reports, the compiled classes and what the build's plugins
   * wrote (JaCoCo's {@code jacoco.exec}). Do not change it.
   */
  static synchronized Path of(String example) throws Exception {
    if (!RECORDED.contains(example)) {
      throw new IllegalArgumentException(example + " is not one of " + RECORDED);
    }
    if (!built) {
      build();
      built = true;
    }
    return ROOT.resolve(example);
  }

  /** Surefire's XML reports of the example, every module's. */
  static List<Path> reports(String example) throws Exception {
    return Examples.surefireReportsUnder(of(example));
  }

  private static void build() throws Exception {
    if (Files.exists(ROOT)) {
      Examples.deleteTree(ROOT);
    }
    StringBuilder modules = new StringBuilder();
    for (String example : RECORDED) {
      Examples.copy(example, ROOT.resolve(example));
      modules.append("<module>").append(example).append("</module>");
    }
    Files.writeString(
        ROOT.resolve("pom.xml"),
        """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>dev.testshard.it</groupId>
          <artifactId>surefire-runs</artifactId>
          <version>1</version>
          <packaging>pom</packaging>
          <modules>%s</modules>
        </project>
        """
            .formatted(modules));
    Command.Result result =
        Command.mvn(ROOT, "test", "-Dmaven.test.failure.ignore=true", "-Dexample.sleepScale=0");
    if (result.exitCode() != 0) {
      throw new IllegalStateException(
          "mvn test of the recorded examples failed in " + ROOT + ":\n" + result.output());
    }
  }

  /** (classname, name, outcome) of every test case, as one string each. */
  static Set<String> testsIn(List<Path> reports) throws IOException {
    return new TreeSet<>(Examples.casesOf(reports));
  }

  /** Covered lines per class of a single-module project's code, from its target/jacoco.exec. */
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
}
