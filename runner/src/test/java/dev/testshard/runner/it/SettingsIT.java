package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import dev.testshard.runner.docker.DockerJavaEngine;
import dev.testshard.runner.snapshot.HostJdkBaseImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings of {@code testshard.yaml} reach the test containers in every mode, on the real
 * engine: {@code examples/settings-probe}'s tests pass only when its environment, memory, CPU and
 * process limits and the POM's Surefire settings are in their container, and one of them fails on
 * its first attempt so that {@code rerun-failing: 1} checks them in a re-run's container too. A
 * process limit the JVM cannot start with reports every planned test as an error naming why.
 */
class SettingsIT {

  private static final List<String> PROBES =
      List.of(
          "probe.EnvironmentProbeTest#environmentOfTheConfigurationFile",
          "probe.EnvironmentProbeTest#surefireSettingsOfThePom",
          "probe.LimitsProbeTest#heapIsSizedToTheMemoryLimit",
          "probe.LimitsProbeTest#processorsAreTheCpuLimit",
          "probe.LimitsProbeTest#processesAreLimited",
          "probe.RerunProbeTest#settingsReachTheRerun");

  @TempDir static Path shared;
  private static Path project;
  private static String settings;

  @TempDir Path temp;

  @BeforeAll
  static void buildTheProbeProjectOnce() throws Exception {
    project = Examples.copy("settings-probe", shared.resolve("settings-probe"));
    settings = Files.readString(project.resolve("testshard.yaml"));
    Cli.Result plan = Cli.run("plan", "--project", project.toString());
    assertThat(plan.exitCode()).as(plan.err()).isZero();
  }

  @Test
  void dynamicWorkersWithoutServicesGetEverySetting() throws Exception {
    RunReport report = runExpectingEveryProbeToPass(settings, "dynamic");

    assertThat(report.summary.get("shards").size()).isLessThanOrEqualTo(2);
  }

  @Test
  void shardsByClassWithAServiceGetEverySetting() throws Exception {
    String withService =
        settings
            + """
            shard-by: class
            services:
              registry:
                image: %s
                command: ["rmiregistry", "1099"]
                ports: [1099]
            """
                .formatted(baseImage());

    RunReport report = runExpectingEveryProbeToPass(withService, "by-class");

    assertThat(report.summary.get("shards").size()).isEqualTo(3);
  }

  @Test
  void aProcessLimitTheJvmCannotStartWithReportsEveryPlannedTestAsAnError() throws Exception {
    Path reports = temp.resolve("pids");
    assertThat(settings).contains("pids-limit: 300");

    Cli.Result result =
        run(settings.replace("pids-limit: 300", "pids-limit: 1"), reports, "--rerun-failing", "0");

    assertThat(result.exitCode()).as(result.out()).isEqualTo(4);
    RunReport report = new RunReport(reports);
    assertThat(testIds(report)).containsExactlyInAnyOrderElementsOf(PROBES);
    for (TestCaseResult testCase : cases(report)) {
      assertThat(testCase.outcome()).as(testCase.name()).isEqualTo(Outcome.ERROR);
      assertThat(testCase.problem().message())
          .contains("the JVM cannot start threads")
          .contains("pthread_create failed")
          .contains("--pids-limit 1");
    }
    assertThat(result.out()).contains("the JVM cannot start threads");
    assertThat(report.leftovers().isEmpty()).as("leftovers").isTrue();
  }

  private RunReport runExpectingEveryProbeToPass(String config, String name) throws Exception {
    Path reports = temp.resolve(name);

    Cli.Result result = run(config, reports);

    assertThat(result.exitCode()).as(result.out()).isZero();
    RunReport report = new RunReport(reports);
    assertThat(testIds(report)).containsExactlyInAnyOrderElementsOf(PROBES);
    for (TestCaseResult testCase : cases(report)) {
      assertThat(testCase.outcome())
          .as(testCase.name() + ": " + testCase.problem())
          .isEqualTo(Outcome.PASSED);
    }
    TestCaseResult rerun =
        report.testCase("probe.RerunProbeTest", "settingsReachTheRerun").orElseThrow();
    assertThat(rerun.flaky()).as("passed on its re-run").isTrue();
    assertThat(report.leftovers().isEmpty()).as("leftovers").isTrue();
    return report;
  }

  private Cli.Result run(String config, Path reports, String... more) throws Exception {
    Path file = temp.resolve("testshard-" + System.nanoTime() + ".yaml");
    Files.writeString(file, config);
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--project",
                project.toString(),
                "--no-build",
                "--config",
                file.toString(),
                "--report-dir",
                reports.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  /** The host JDK's base image, which every run here uses: a service needs no other image. */
  static String baseImage() {
    try (DockerJavaEngine engine = DockerJavaEngine.fromEnvironment()) {
      return new HostJdkBaseImage(engine, HostJdkBaseImage.hostJavaHome()).tag();
    }
  }

  private static List<TestCaseResult> cases(RunReport report) {
    return report.suites.stream().flatMap(s -> s.testCases().stream()).toList();
  }

  private static List<String> testIds(RunReport report) {
    List<String> ids = new ArrayList<>();
    for (TestSuiteResult suite : report.suites) {
      for (TestCaseResult testCase : suite.testCases()) {
        ids.add(testCase.className() + "#" + testCase.name());
      }
    }
    return ids;
  }
}
