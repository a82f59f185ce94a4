package dev.testshard.agent;

import static dev.testshard.agent.RecordedEvents.number;
import static dev.testshard.agent.RecordedEvents.text;
import static dev.testshard.agent.RecordedEvents.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.agent.fixtures.BrokenSetupFixture;
import dev.testshard.agent.fixtures.BrokenTeardownFixture;
import dev.testshard.agent.fixtures.DisabledFixture;
import dev.testshard.agent.fixtures.NestedFixture;
import dev.testshard.agent.fixtures.ParameterizedFixture;
import dev.testshard.agent.fixtures.PassFailFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the agent's discovery in this JVM over the agent's own compiled test classes. */
class DiscoveryTest {

  private static final String FIXTURES = "dev\\.testshard\\.agent\\.fixtures\\.[^.]*";
  private static final String PASS_FAIL = PassFailFixture.class.getName();
  private static final String NESTED = NestedFixture.class.getName();

  @Test
  void emitsOneClassEventPerTopLevelTestClass() throws Exception {
    List<Map<String, Object>> events = discover(FIXTURES);

    assertThat(events).allSatisfy(event -> assertThat(text(event, "event")).isEqualTo("class"));
    assertThat(events)
        .extracting(event -> text(event, "class"))
        .containsExactlyInAnyOrder(
            PASS_FAIL,
            NESTED,
            BrokenSetupFixture.class.getName(),
            BrokenTeardownFixture.class.getName(),
            DisabledFixture.class.getName(),
            ParameterizedFixture.class.getName());
  }

  @Test
  void namesTheModuleAndTheEnginesOfEachClass() throws Exception {
    Map<String, Object> passFail = byClass(discover(FIXTURES)).get(PASS_FAIL);

    assertThat(text(passFail, "module")).isEqualTo("m0");
    assertThat(texts(passFail, "engines")).containsExactly("junit-jupiter");
  }

  @Test
  void countsTheTestsKnownBeforeExecutionIncludingDisabledOnes() throws Exception {
    Map<String, Map<String, Object>> classes = byClass(discover(FIXTURES));

    assertThat(number(classes.get(PASS_FAIL), "tests")).isEqualTo(4);
    assertThat(texts(classes.get(PASS_FAIL), "testNames"))
        .containsExactlyInAnyOrder(
            PASS_FAIL + "\tpasses",
            PASS_FAIL + "\tfails",
            PASS_FAIL + "\terrors",
            PASS_FAIL + "\tskipped");
    assertThat(number(classes.get(DisabledFixture.class.getName()), "tests")).isEqualTo(2);
  }

  @Test
  void countsNestedTestsWithTheirOuterClassAndNamesThemAsARunWould() throws Exception {
    Map<String, Object> nested = byClass(discover(FIXTURES)).get(NESTED);

    assertThat(number(nested, "tests")).isEqualTo(2);
    assertThat(texts(nested, "testNames"))
        .containsExactlyInAnyOrder(NESTED + "\touter", NESTED + "$Inner\tinner");
  }

  @Test
  void knowsNoTestsOfAClassWithOnlyParameterizedTests() throws Exception {
    Map<String, Object> parameterized =
        byClass(discover(FIXTURES)).get(ParameterizedFixture.class.getName());

    assertThat(number(parameterized, "tests")).isZero();
    assertThat(texts(parameterized, "testNames")).isEmpty();
  }

  @Test
  void emitsOnlyClassesWhoseNameMatchesTheIncludeExpression() throws Exception {
    List<Map<String, Object>> events = discover(".*\\.PassFail[^.]*");

    assertThat(events).extracting(event -> text(event, "class")).containsExactly(PASS_FAIL);
  }

  @Test
  void matchesTheIncludeExpressionAgainstTheWholeClassName() throws Exception {
    assertThat(discover("PassFailFixture")).isEmpty();
    assertThat(discover("dev\\.testshard")).isEmpty();
  }

  @Test
  void emitsEveryClassWithoutAnIncludeExpression() throws Exception {
    List<Map<String, Object>> events = discover(null);

    assertThat(events)
        .extracting(event -> text(event, "class"))
        .contains(PASS_FAIL, NESTED, DiscoveryTest.class.getName(), JsonTest.class.getName());
  }

  @Test
  void leavesOutTheTestsOfExcludedEngines() throws Exception {
    List<String> lines = new ArrayList<>();

    new Discovery()
        .discover(
            "m0",
            List.of(testClassesDir()),
            null,
            List.of("junit-jupiter", "junit-vintage", "testng"),
            null,
            lines::add);

    assertThat(lines).isEmpty();
  }

  @Test
  void ignoresRootsThatAreNotDirectories(@TempDir Path dir) throws Exception {
    List<String> lines = new ArrayList<>();

    new Discovery()
        .discover(
            "m0", List.of(dir.resolve("missing").toString()), null, List.of(), null, lines::add);

    assertThat(lines).isEmpty();
  }

  /**
   * A jar of {@code dependenciesToScan}: its entries are scanned with the selection's patterns, as
   * Surefire's DependencyScanner does, and its classes load from the class path.
   */
  @Test
  void scansAJarRootsEntriesWithTheSelection(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("shared-tests.jar");
    Path classes = Path.of(testClassesDir());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Class<?> type : List.of(PassFailFixture.class, NestedFixture.class)) {
        String entry = type.getName().replace('.', '/') + ".class";
        out.putNextEntry(new JarEntry(entry));
        out.write(Files.readAllBytes(classes.resolve(entry)));
        out.closeEntry();
      }
    }
    Path selection = Files.writeString(dir.resolve("selection"), "include **/PassFail*\n");
    List<String> lines = new ArrayList<>();

    new Discovery()
        .discover("m0", List.of(jar.toString()), null, List.of(), selection.toString(), lines::add);

    Map<String, Map<String, Object>> found =
        byClass(lines.stream().map(RecordedEvents::parse).toList());
    assertThat(found).containsOnlyKeys(PASS_FAIL);
    assertThat(number(found.get(PASS_FAIL), "tests")).isEqualTo(4);
  }

  @Test
  void sendsASelectedClassFileThatCannotBeLoadedAsAClassWithoutTestsAndWarns(@TempDir Path dir)
      throws Exception {
    // A class file no class loader finds under its name, as a garbled file name gives.
    Path ghost = dir.resolve("classes/probe/GhostTest.class");
    Files.createDirectories(ghost.getParent());
    Files.write(ghost, new byte[0]);
    Path selection = Files.writeString(dir.resolve("selection"), "include **/*Test\n");
    List<String> lines = new ArrayList<>();

    new Discovery()
        .discover(
            "m0",
            List.of(dir.resolve("classes").toString()),
            null,
            List.of(),
            selection.toString(),
            lines::add);

    List<Map<String, Object>> events = lines.stream().map(RecordedEvents::parse).toList();
    assertThat(events)
        .extracting(event -> text(event, "event"))
        .containsExactly("class", "warning");
    assertThat(text(events.get(0), "class")).isEqualTo("probe.GhostTest");
    assertThat(number(events.get(0), "tests")).isZero();
    assertThat(text(events.get(1), "message"))
        .startsWith("cannot load test class probe.GhostTest (its shard reports it as an error)")
        .contains("ClassNotFoundException");
  }

  @Test
  void warnsOfTestNgSuiteLevelConfigurationNamingTheClassesThatHaveIt(@TempDir Path dir)
      throws Exception {
    Path selection = Files.writeString(dir.resolve("selection"), "include **/*Fixture.java\n");
    List<String> lines = new ArrayList<>();

    new Discovery()
        .discover(
            "m0",
            List.of(testClassesDir()),
            "dev\\.testshard\\.agent\\.fixtures\\.testng(suite)?\\..*",
            List.of(),
            selection.toString(),
            lines::add);

    List<String> warnings =
        lines.stream()
            .map(RecordedEvents::parse)
            .filter(event -> "warning".equals(text(event, "event")))
            .map(event -> text(event, "message"))
            .filter(message -> message.startsWith("TestNG suite-level configuration"))
            .toList();
    // BrokenBeforeSuiteFixture has them; no other TestNG fixture has any.
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0))
        .contains("in dev.testshard.agent.fixtures.testngsuite.BrokenBeforeSuiteFixture: ")
        .contains("Surefire runs all classes in one suite")
        .doesNotContain("OtherClassFixture")
        .doesNotContain("ConfigurationFailureFixture");
  }

  @Test
  void namesAtMostFiveClassesInTheSuiteConfigurationWarning() {
    assertThat(TestNgSuiteConfiguration.warning(List.of("a.A", "b.B", "c.C", "d.D", "e.E", "f.F")))
        .contains("in a.A, b.B, c.C, d.D, e.E and 1 more: ");
  }

  @Test
  void explainsAClassNameGarbledByTheFileNameEncoding() {
    assertThat(FileNameEncoding.hint("probe.\uFFFD\uFFFDn.T"))
        .contains("file name encoding")
        .contains("UTF-8 locale");
    assertThat(FileNameEncoding.hint("probe.\u00fcn\u00ef.T")).isEmpty();
  }

  private static List<Map<String, Object>> discover(String include) throws Exception {
    List<String> lines = new ArrayList<>();
    new Discovery().discover("m0", List.of(testClassesDir()), include, List.of(), null, lines::add);
    List<Map<String, Object>> events = new ArrayList<>();
    for (String line : lines) {
      events.add(RecordedEvents.parse(line));
    }
    return events;
  }

  /** Fails when a class was emitted twice. */
  private static Map<String, Map<String, Object>> byClass(List<Map<String, Object>> events) {
    return events.stream()
        .collect(Collectors.toMap(event -> text(event, "class"), Function.identity()));
  }

  /** The agent module's compiled test classes, where the fixtures are. */
  private static String testClassesDir() throws Exception {
    return Path.of(
            PassFailFixture.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString();
  }
}
