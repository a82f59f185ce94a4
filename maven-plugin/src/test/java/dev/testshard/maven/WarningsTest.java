package dev.testshard.maven;

import static dev.testshard.maven.Executions.execution;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecution;
import org.junit.jupiter.api.Test;

class WarningsTest {
  private static final Warnings.Context JUPITER =
      new Warnings.Context(true, false, false, Map.of(Provider.PLATFORM_COMMONS, "1.14.1"));

  @Test
  void surefiresDefaultsGiveNoWarning() {
    MojoConfiguration defaults =
        Configurations.of(
            "<forkCount>1</forkCount><reuseForks>true</reuseForks><runOrder>filesystem</runOrder>"
                + "<enableAssertions>true</enableAssertions><useModulePath>true</useModulePath>"
                + "<junitArtifactName>junit:junit</junitArtifactName>");

    assertThat(Warnings.of(defaults, execution("junit-platform", null, Map.of()), JUPITER))
        .isEmpty();
  }

  @Test
  void settingsTestshardCannotHonourAreEachNamed() {
    MojoConfiguration config =
        Configurations.of(
            "<jvm>/opt/jdk11/bin/java</jvm><forkCount>0</forkCount><reuseForks>false</reuseForks>"
                + "<rerunFailingTestsCount>2</rerunFailingTestsCount>"
                + "<skipAfterFailureCount>1</skipAfterFailureCount><runOrder>random</runOrder>"
                + "<enableAssertions>false</enableAssertions><childDelegation>true</childDelegation>"
                + "<debugForkedProcess>true</debugForkedProcess>"
                + "<forkedProcessTimeoutInSeconds>600</forkedProcessTimeoutInSeconds>");

    List<String> warnings =
        Warnings.of(config, execution("junit-platform", null, Map.of()), JUPITER);

    assertThat(warnings)
        .hasSize(6)
        .anySatisfy(w -> assertThat(w).startsWith("jvm is set to /opt/jdk11/bin/java"))
        .anySatisfy(w -> assertThat(w).startsWith("forkCount=0"))
        .anySatisfy(w -> assertThat(w).startsWith("runOrder=random"))
        .anySatisfy(w -> assertThat(w).startsWith("childDelegation=true"))
        .anySatisfy(w -> assertThat(w).startsWith("debugForkedProcess"))
        .anySatisfy(w -> assertThat(w).contains("--shard-timeout"));
  }

  /**
   * runOrder=balanced (longest first by the last runs' times) is what testshard does: no warning;
   * failedfirst's warning names --failed-first.
   */
  @Test
  void runOrderBalancedIsTestshardsOwnAndFailedFirstPointsToTheOption() {
    ExecutionDescription jupiter = execution("junit-platform", null, Map.of());

    assertThat(Warnings.of(Configurations.of("<runOrder>balanced</runOrder>"), jupiter, JUPITER))
        .isEmpty();
    assertThat(Warnings.of(Configurations.of("<runOrder>failedfirst</runOrder>"), jupiter, JUPITER))
        .singleElement()
        .asString()
        .contains("--failed-first");
  }

  /**
   * skipAfterFailureCount is honoured as a run's --fail-fast, which lets running classes finish:
   * named where the provider stops (the description's count), not where Surefire runs every test
   * all the same (the junit-platform provider before 3.5.4, whose description carries 0).
   */
  @Test
  void skipAfterFailureCountIsNamedWhereTheProviderStops() {
    MojoConfiguration config =
        Configurations.of("<skipAfterFailureCount>3</skipAfterFailureCount>");

    Warnings.Context junit4 =
        new Warnings.Context(true, false, false, Map.of("junit:junit", "4.13.2"));
    assertThat(Warnings.of(config, execution("3.5.4", "junit4", null, Map.of(), 3), junit4))
        .singleElement()
        .asString()
        .startsWith("skipAfterFailureCount=3: after 3 failed test(s) of the run")
        .contains("as --fail-fast=3");
    assertThat(
            Warnings.of(config, execution("3.2.5", "junit-platform", null, Map.of(), 0), JUPITER))
        .isEmpty();
  }

  /**
   * The phrased names of Surefire 3's JUnit5Xml30StatelessReporter that testshard does not follow,
   * one warning for all: suite names, and classnames where they differ from the default reporter's
   * (before 3.5.4). Phrased test case names are honoured, no warning.
   */
  @Test
  void phrasedNamesOfTheXmlReporterThatTestshardDoesNotFollowAreNamed() {
    assertThat(reporterWarnings(true, "3.5.4"))
        .singleElement()
        .satisfies(
            w ->
                assertThat(w)
                    .startsWith("statelessTestsetReporter usePhrasedTestSuiteClassName: ")
                    .contains("display names"));
    assertThat(reporterWarnings(false, "3.2.5"))
        .singleElement()
        .satisfies(
            w ->
                assertThat(w).startsWith("statelessTestsetReporter usePhrasedTestCaseClassName: "));
    assertThat(reporterWarnings(false, "3.5.4"))
        .as("3.5.4's classnames are the display names either way; method names are honoured")
        .isEmpty();
    assertThat(
            Warnings.of(
                Configurations.of(
                    "<statelessTestsetReporter><disable>false</disable></statelessTestsetReporter>"),
                execution("junit-platform", null, Map.of()),
                JUPITER))
        .isEmpty();
  }

  /** The warnings for a reporter with every phrased option but (maybe) the suite's. */
  private static List<String> reporterWarnings(boolean phrasedSuites, String surefireVersion) {
    String reporter =
        "<statelessTestsetReporter implementation=\"org.apache.maven.plugin.surefire"
            + ".extensions.junit5.JUnit5Xml30StatelessReporter\">"
            + "<disable>false</disable><usePhrasedFileName>true</usePhrasedFileName>"
            + "<usePhrasedTestSuiteClassName>%s</usePhrasedTestSuiteClassName>"
            + "<usePhrasedTestCaseClassName>true</usePhrasedTestCaseClassName>"
            + "<usePhrasedTestCaseMethodName>true</usePhrasedTestCaseMethodName>"
            + "</statelessTestsetReporter>";
    return Warnings.of(
        Configurations.of(reporter.formatted(phrasedSuites)),
        execution(surefireVersion, "junit-platform", null, Map.of()),
        JUPITER);
  }

  @Test
  void forkPlaceholdersTheRunnerReplacesPerShardAreNoWarning() {
    MojoConfiguration config = Configurations.of("<forkCount>2C</forkCount>");

    List<String> warnings =
        Warnings.of(
            config,
            execution(
                "junit-platform",
                "-Dport=80${surefire.forkNumber}",
                Map.of("db", "db_${surefire.threadNumber}")),
            JUPITER);

    assertThat(warnings).isEmpty();
  }

  @Test
  void parallelJUnit4AndOldJUnitAreNamed() {
    MojoConfiguration config =
        Configurations.of(
            "<parallel>classes</parallel><threadCount>4</threadCount>"
                + "<junitArtifactName>junit:junit</junitArtifactName>");
    Warnings.Context junit410 =
        new Warnings.Context(true, false, false, Map.of("junit:junit", "4.10"));

    assertThat(Warnings.of(config, execution("junit47", null, Map.of()), junit410))
        .containsExactly(
            "parallel=classes (threadCount=4) runs tests concurrently within the JVM under"
                + " Surefire's junit47 provider; testshard runs them one at a time through the"
                + " JUnit Platform.",
            "The junit47 tests run through the JUnit Vintage engine, which needs JUnit 4.12 or"
                + " later: junit 4.13.2 takes the place of the project's 4.10 on the test class"
                + " path (JUnit 4 runs JUnit 3.8 tests as they are).");
  }

  @Test
  void anOldSurefireIsNamedWithWhatItCannotDo() {
    ExecutionDescription old = Executions.execution("2.12.4", "junit-platform", null, Map.of());

    assertThat(Warnings.of(Configurations.of(""), old, JUPITER))
        .containsExactly(
            "surefire 2.12.4 predates 3.0: this description follows Surefire 3's rules, and this"
                + " version does not run JUnit Platform tests at all.");
  }

  @Test
  void theVintageEnginesNeedsMatterOnlyWhenThereAreTests() {
    Warnings.Context noTests = new Warnings.Context(false, false, false, Map.of());

    assertThat(Warnings.of(Configurations.of(""), execution("junit3", null, Map.of()), noTests))
        .isEmpty();
  }

  @Test
  void whatRunsBeforeTheTestsButNotInThisBuildIsNamed() {
    Plugin proguard = new Plugin();
    proguard.setGroupId("com.github.wvengen");
    proguard.setArtifactId("proguard-maven-plugin");
    MojoExecution obfuscate = new MojoExecution(proguard, "proguard", "obfuscate-test-class");
    obfuscate.setLifecyclePhase("process-test-classes");

    assertThat(Warnings.notRunBefore(List.of(obfuscate), new String[] {"clean", "test-compile"}))
        .containsExactly(
            "proguard-maven-plugin:proguard (obfuscate-test-class) runs in process-test-classes"
                + " before the tests, but this build stopped at test-compile: what it does is"
                + " missing here.");
  }

  @Test
  void theModulePathMattersOnlyForAModularProject() {
    MojoConfiguration config = Configurations.of("<useModulePath>true</useModulePath>");
    Warnings.Context modular = new Warnings.Context(true, true, false, JUPITER.projectArtifacts());

    assertThat(Warnings.of(config, execution("junit-platform", null, Map.of()), modular))
        .singleElement()
        .asString()
        .startsWith("useModulePath=true on a modular project");
  }

  @Test
  void anUnresolvedLateReferenceIsNamed() {
    assertThat(
            Warnings.of(
                Configurations.of(""),
                execution("junit-platform", "@{argLine} -Xmx1g", Map.of()),
                JUPITER))
        .singleElement()
        .asString()
        .startsWith("argLine contains @{argLine} but the project has no such property");
  }

  @Test
  void forkingIsReadAsSurefireReadsForkCount() {
    assertThat(Forks.forking(null)).isTrue();
    assertThat(Forks.forking("1")).isTrue();
    assertThat(Forks.forking("1.5C")).isTrue();
    assertThat(Forks.forking("0")).isFalse();
    assertThat(Forks.forking("0C")).isFalse();
  }
}
