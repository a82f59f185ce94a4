package dev.testshard.agent;

import static dev.testshard.agent.RecordedEvents.text;
import static dev.testshard.agent.RecordedEvents.texts;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.agent.fixtures.junit4.PlainFixture;
import dev.testshard.agent.fixtures.jupiter.BasicsFixture;
import dev.testshard.agent.fixtures.testng.DataProviderFixture;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The agent names tests exactly as Maven Surefire does: the naming fixtures (Jupiter, and JUnit 4
 * through the Vintage engine) are run through the agent in this JVM and compared, test case by test
 * case with outcome, to what Surefire 3.5 itself wrote for the same classes ({@code
 * expected-surefire-names.txt}: Jupiter under Surefire's junit-platform provider, JUnit 4 under its
 * junit4 provider of a project without JUnit Platform, TestNG under its testng provider;
 * agent/src/test/surefire/generate records it).
 */
@ExtendWith(FailingFixturesEnabled.class)
class SurefireNamesTest {

  @TempDir Path temp;

  @Test
  void namesEveryTestCaseAsMavenSurefireDoes() throws Exception {
    List<String> expected = expectedSurefireNames("expected-surefire-names.txt");

    List<String> actual = run(fixtureClasses()).stream().map(SurefireNamesTest::testCase).toList();

    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  /**
   * Older Surefires named tests otherwise: before 3.0.0-M4 (2.22.2, the version many projects still
   * pin) almost everything, the milestones up to 3.0.0-M9 skipped classes and methods with
   * parameters, and up to 3.5.3 a few Jupiter constructs. The Jupiter fixtures under that version's
   * junit-platform provider (and for 2.22.2 the JUnit 4 fixtures under its junit4 provider) are
   * compared with what that Surefire itself wrote for them.
   */
  @ParameterizedTest(name = "Surefire {0}")
  @ValueSource(strings = {"2.22.2", "3.0.0-M5", "3.0.0-M8", "3.0.0-M9", "3.2.5", "3.5.2"})
  void namesEveryTestCaseAsAnOlderSurefireDid(String version) throws Exception {
    List<String> jupiter = new ArrayList<>();
    List<String> junit4 = new ArrayList<>();
    for (String fixture : fixtureClasses()) {
      if (fixture.startsWith(BasicsFixture.class.getPackageName() + ".")) {
        jupiter.add(fixture);
      } else if (fixture.startsWith(PlainFixture.class.getPackageName() + ".")) {
        junit4.add(fixture);
      }
    }

    List<String> actual = new ArrayList<>();
    actual.addAll(testCasesUnder("provider junit-platform\nplugin-version " + version, jupiter));
    if (version.equals("2.22.2")) {
      actual.addAll(testCasesUnder("provider junit4\nplugin-version " + version, junit4));
    }

    assertThat(actual)
        .containsExactlyInAnyOrderElementsOf(
            expectedSurefireNames("expected-surefire-names-" + version + ".txt"));
  }

  /**
   * The XML reporter that names test cases by their display names ({@code statelessTestsetReporter}
   * with {@code usePhrasedTestCaseMethodName}), whose rule changed at 3.0.0-M8: the Jupiter
   * fixtures against what that Surefire wrote with it.
   */
  @ParameterizedTest(name = "Surefire {0}")
  @ValueSource(strings = {"3.0.0-M5", "3.2.5", "3.5.6"})
  void namesEveryTestCaseByItsDisplayNameAsThePhrasedReporterDoes(String version) throws Exception {
    assertJupiterFixturesNamedAsRecorded(version, "phrased-method-names true", "phrased");
  }

  /**
   * Surefire's {@code reportNameSuffix}: before 3.5.4 at the end of every classname; since then the
   * junit-platform provider writes a test's classname (its class's display name or name) without
   * it, and only class-level entries of classes without a display name end in it.
   */
  @ParameterizedTest(name = "Surefire {0}")
  @ValueSource(strings = {"3.5.2", "3.5.6"})
  void endsClassnamesInTheReportNameSuffixWhereSurefireDoes(String version) throws Exception {
    assertJupiterFixturesNamedAsRecorded(version, "report-name-suffix sfx", "suffix");
  }

  /**
   * The Jupiter fixtures under {@code version}'s junit-platform provider with one more line of the
   * selection file, against {@code expected-surefire-names-RECORDING-VERSION.txt}.
   */
  private void assertJupiterFixturesNamedAsRecorded(
      String version, String selectionLine, String recording) throws Exception {
    List<String> jupiter =
        fixtureClasses().stream()
            .filter(name -> name.startsWith(BasicsFixture.class.getPackageName() + "."))
            .toList();

    List<String> actual =
        testCasesUnder(
            "provider junit-platform\nplugin-version " + version + "\n" + selectionLine, jupiter);

    assertThat(actual)
        .containsExactlyInAnyOrderElementsOf(
            expectedSurefireNames("expected-surefire-names-" + recording + "-" + version + ".txt"));
  }

  /**
   * A project with JUnit Platform runs its JUnit 4 classes through Surefire's junit-platform
   * provider, which reports a JUnit 4 class as a whole unlike the junit4 provider: each test of an
   * {@code @Ignore}d class, and nothing for an assumption failing in {@code @BeforeClass} (as
   * Surefire 3.5.4 wrote for examples/lifecycle-edges); and a test that Vintage gives its class as
   * source (its method name is overloaded) with an empty name, as Surefire 3.5.4 wrote for {@code
   * OverloadedFixture} in a project with junit-vintage-engine (the junit4 provider names it).
   */
  @Test
  void reportsJUnit4ClassesAsAWholeAsTheJUnitPlatformProviderDoesWhenTheSelectionNamesIt()
      throws Exception {
    String junit4 = "dev.testshard.agent.fixtures.junit4.";

    List<String> actual =
        testCasesUnder(
            "provider junit-platform",
            List.of(
                junit4 + "AssumingBeforeClassFixture",
                junit4 + "IgnoredClassFixture",
                junit4 + "OverloadedFixture"));

    assertThat(actual)
        .containsExactlyInAnyOrder(
            junit4 + "IgnoredClassFixture\tone\tSKIPPED",
            junit4 + "IgnoredClassFixture\ttwo\tSKIPPED",
            junit4 + "OverloadedFixture\t\tPASSED",
            junit4 + "OverloadedFixture\tbefore\tPASSED",
            junit4 + "OverloadedFixture\tafter\tPASSED");
  }

  /**
   * TestNG skips an {@code @AfterClass} whose {@code @BeforeClass} failed after the class has
   * ended: it is still reported as the test case Surefire writes, and the TestNG engine, which
   * holds it against itself, does not fail.
   */
  @Test
  void reportsAConfigurationMethodSkippedAfterItsClassEndedAndTheEngineDoesNotFail()
      throws Exception {
    String testng = "dev.testshard.agent.fixtures.testng.";

    List<Map<String, Object>> events =
        RecordedEvents.ofShardRun(List.of(testng + "BrokenBeforeClassFixture"));
    List<String> tests =
        testEvents(events).stream()
            .map(test -> text(test, "name") + "\t" + text(test, "status"))
            .toList();
    List<String> others = otherEvents(events);

    assertThat(tests)
        .containsExactlyInAnyOrder(
            "one\tSKIPPED", "two\tSKIPPED", "setUpClass\tFAILED", "tearDownClass\tSKIPPED");
    // The class ends after all of its test cases, so that the runner counts them all.
    assertThat(others).doesNotContain("container-failed").endsWith("class-finished", "finished");
  }

  /**
   * Surefire's {@code reportNameSuffix} ends every classname of its report in parentheses: a
   * test's, a class's that fails as a whole, a TestNG configuration method's.
   */
  @Test
  void appendsTheReportNameSuffixToEveryClassnameAsSurefireDoes() throws Exception {
    String fixtures = "dev.testshard.agent.fixtures.";

    List<String> actual =
        testCasesUnder(
            "provider testng\nreport-name-suffix default",
            List.of(
                fixtures + "testng.BrokenBeforeClassFixture",
                fixtures + "jupiter.BrokenBeforeAllFixture",
                fixtures + "junit4.PlainFixture"));

    assertThat(actual)
        .contains(
            fixtures + "testng.BrokenBeforeClassFixture(default)\tsetUpClass\tFAILED",
            fixtures + "testng.BrokenBeforeClassFixture(default)\tone\tSKIPPED",
            fixtures + "jupiter.BrokenBeforeAllFixture(default)\t\tERROR")
        .allSatisfy(line -> assertThat(line.split("\t")[0]).endsWith("(default)"));
  }

  /**
   * Before 3.0.0-M5, Surefire's testng provider named an invocation by TestNG's name alone (read
   * from 2.21.0's and 3.0.0-M4's TestNGReporter, and seen in hibernate-validator 8.0.2's report).
   */
  @Test
  void namesTestNgInvocationsWithoutTheirParametersAsSurefireBefore300M5Did() throws Exception {
    String testng = "dev.testshard.agent.fixtures.testng.";

    List<String> actual =
        testCasesUnder(
                "provider testng\nplugin-version 2.21.0",
                List.of(testng + "DataProviderFixture", testng + "CustomNameFixture"))
            .stream()
            .map(line -> line.substring(line.indexOf('\t') + 1))
            .toList();

    assertThat(actual)
        .containsExactlyInAnyOrder(
            "adds\tPASSED",
            "adds\tPASSED",
            "adds\tFAILED",
            "takesObjects\tPASSED",
            "takesObjects\tPASSED",
            "plain\tPASSED",
            "repeated\tPASSED",
            "repeated\tPASSED",
            "takes with alpha\tPASSED",
            "takes with beta\tPASSED",
            "plain with nothing\tPASSED");
  }

  /**
   * A failing {@code @BeforeSuite} skips every test of the suite: Surefire reports it as a failed
   * test case of its class, the {@code @AfterSuite} and every test as skipped (recorded in {@code
   * expected-surefire-names-testng-suite.txt}); the engine's failure, which is that one, is no
   * container failure of its own, and the class that has the {@code @AfterSuite} ends after it.
   */
  @Test
  void reportsAFailingBeforeSuiteAsSurefireDoes() throws Exception {
    String suite = "dev.testshard.agent.fixtures.testngsuite.";

    List<Map<String, Object>> events =
        RecordedEvents.ofShardRun(
            List.of(suite + "BrokenBeforeSuiteFixture", suite + "OtherClassFixture"));
    Set<String> finished = new HashSet<>();
    for (Map<String, Object> event : events) {
      if ("test".equals(text(event, "event"))) {
        // The runner counts a test only while its class runs: the AfterSuite's comes first.
        assertThat(finished).doesNotContain(text(event, "class"));
      } else if ("class-finished".equals(text(event, "event"))) {
        finished.add(text(event, "class"));
      }
    }
    List<String> tests = testEvents(events).stream().map(SurefireNamesTest::testCase).toList();
    List<String> others = otherEvents(events);

    assertThat(tests)
        .containsExactlyInAnyOrderElementsOf(
            expectedSurefireNames("expected-surefire-names-testng-suite.txt"));
    assertThat(others).doesNotContain("container-failed");
  }

  @Test
  void groupsEveryTestCaseUnderTheClassThatWasRun() throws Exception {
    List<String> classes = fixtureClasses();

    assertThat(run(classes)).allSatisfy(test -> assertThat(classes).contains(text(test, "class")));
  }

  @Test
  void discoveryNamesEachTestItKnowsAsTheRunNamesIt() throws Exception {
    List<String> classes = fixtureClasses();
    Set<String> run = new HashSet<>();
    for (Map<String, Object> test : run(classes)) {
      run.add(text(test, "classname") + "\t" + text(test, "name"));
    }

    List<String> discovered = new ArrayList<>();
    new Discovery()
        .discover(
            "m0",
            List.of(testClassesDir().toString()),
            "dev\\.testshard\\.agent\\.fixtures\\.(jupiter|junit4)\\.[^.]*Fixture",
            List.of(),
            null,
            line -> discovered.addAll(texts(RecordedEvents.parse(line), "testNames")));

    assertThat(discovered)
        .contains(
            "dev.testshard.agent.fixtures.jupiter.BasicsFixture\twithInfo(TestInfo)",
            "named nested\tinNamed",
            "dev.testshard.agent.fixtures.jupiter.NestingFixture$Plain$Deeper\tinDeeper",
            "dev.testshard.agent.fixtures.junit4.ParamNamedFixture\tconverts[4 = IV]",
            "dev.testshard.agent.fixtures.junit4.SuiteMemberA\ta1",
            "dev.testshard.agent.fixtures.junit4.EnclosedFixture$WhenFull\trejects");
    // Only the tests of a class that failed or was skipped as a whole, which its one entry stands
    // for, are not reported under their own names.
    String jupiter = "dev.testshard.agent.fixtures.jupiter.";
    String junit4 = "dev.testshard.agent.fixtures.junit4.";
    assertThat(discovered.stream().filter(name -> !run.contains(name)))
        .containsExactlyInAnyOrder(
            jupiter + "AbortedBeforeAllFixture\tone",
            jupiter + "AbortedBeforeAllFixture\ttwo",
            jupiter + "BrokenBeforeAllFixture\tone",
            jupiter + "BrokenBeforeAllFixture\ttwo",
            jupiter + "BrokenBeforeAllFixture$Inner\tinner",
            jupiter + "DisabledClassFixture$Inner\tinnerTest",
            jupiter + "NestingFixture$BrokenSetup\tneverOne",
            jupiter + "NestingFixture$BrokenSetup\tneverTwo",
            jupiter + "QuirksFixture$AbortedNested\tneverRuns",
            junit4 + "AssumingBeforeClassFixture\tone",
            junit4 + "AssumingBeforeClassFixture\ttwo",
            junit4 + "BrokenBeforeClassFixture\tone",
            junit4 + "BrokenBeforeClassFixture\ttwo",
            junit4 + "IgnoredClassFixture\tone",
            junit4 + "IgnoredClassFixture\ttwo");
  }

  /**
   * "classname, name, status" of each test case of {@code classes} run through the agent with a
   * selection file of the fixtures' include and {@code selectionLines}.
   */
  private List<String> testCasesUnder(String selectionLines, List<String> classes)
      throws Exception {
    Path selection = temp.resolve("selection");
    Files.writeString(selection, "include **/*Fixture.java\n" + selectionLines + "\n");
    return testEvents(
            RecordedEvents.ofShardRun(List.of("--selection", selection.toString()), classes))
        .stream()
        .map(SurefireNamesTest::testCase)
        .toList();
  }

  /** "classname, name, status" of a test event. */
  private static String testCase(Map<String, Object> test) {
    return text(test, "classname") + "\t" + text(test, "name") + "\t" + text(test, "status");
  }

  private static List<Map<String, Object>> testEvents(List<Map<String, Object>> events) {
    return events.stream().filter(event -> "test".equals(text(event, "event"))).toList();
  }

  /** The type of every event that is no test event, in order. */
  private static List<String> otherEvents(List<Map<String, Object>> events) {
    return events.stream()
        .map(event -> text(event, "event"))
        .filter(type -> !"test".equals(type))
        .toList();
  }

  private static List<String> expectedSurefireNames(String resource) throws IOException {
    try (InputStream in = SurefireNamesTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), UTF_8)
          .lines()
          .filter(line -> !line.startsWith("#") && !line.isBlank())
          .toList();
    }
  }

  /** The top-level naming fixtures, as Surefire's include {@code **}{@code /*Fixture.java}. */
  private static List<String> fixtureClasses() throws Exception {
    List<String> classes = new ArrayList<>();
    for (Class<?> sample :
        List.of(BasicsFixture.class, PlainFixture.class, DataProviderFixture.class)) {
      Path dir = testClassesDir().resolve(sample.getPackageName().replace('.', '/'));
      try (Stream<Path> files = Files.list(dir)) {
        files
            .map(file -> file.getFileName().toString())
            .filter(file -> file.endsWith("Fixture.class") && !file.contains("$"))
            .map(file -> sample.getPackageName() + "." + file.replace(".class", ""))
            .forEach(classes::add);
      }
    }
    return classes;
  }

  private List<Map<String, Object>> run(List<String> classNames) throws Exception {
    return testEvents(RecordedEvents.ofShardRun(classNames));
  }

  private static Path testClassesDir() throws URISyntaxException {
    return Path.of(BasicsFixture.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
