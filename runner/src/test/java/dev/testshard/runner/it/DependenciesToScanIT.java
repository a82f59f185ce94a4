package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/dependencies-to-scan with the contract as Maven's local repository gives it, a jar (in
 * the reactor, which {@code ExamplesIT} runs, it is the contract module's classes directory): the
 * module that scans it runs the jar's tests with its own settings, test by test as Surefire does.
 */
class DependenciesToScanIT {

  private static final Path INSTALLED =
      Path.of(System.getProperty("user.home"), ".m2/repository/dev/testshard/examples");

  @TempDir Path temp;

  @Test
  void theTestsOfAScannedJarRunAsSurefireRunsThem() throws Exception {
    Path project = Examples.copy("dependencies-to-scan", temp.resolve("project"));
    try {
      Examples.mvn(project, "-q", "install", "-pl", "contract", "-am", "-DskipTests");
      List<Path> surefire = Examples.surefire(project, "-pl", "ticking-clock");
      Path reportDir = temp.resolve("report");

      Cli.Result result = Cli.runOnTwo(project, reportDir, "--maven-arg=-pl=ticking-clock");

      assertThat(result.exitCode()).as(result.err() + result.out()).isZero();
      assertThat(result.err()).doesNotContain("dependenciesToScan");
      List<String> cases = Examples.casesOf(List.of(reportDir.resolve("TEST-testshard.xml")));
      assertThat(cases)
          .as("classname, name and outcome of every test case, as Surefire reports them")
          .containsExactlyElementsOf(Examples.casesOf(surefire))
          .hasSize(4)
          .anySatisfy(line -> assertThat(line).startsWith("com.acme.clock.contract.Slow"));
      assertThat(new RunReport(reportDir).leftovers().isEmpty()).as("leftovers").isTrue();
    } finally {
      for (String module : List.of("parent", "contract")) {
        Path installed = INSTALLED.resolve("dependencies-to-scan-" + module);
        if (Files.exists(installed)) {
          Examples.deleteTree(installed);
        }
      }
    }
  }
}
