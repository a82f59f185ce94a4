package dev.testshard.agent;

import static dev.testshard.agent.RecordedEvents.number;
import static dev.testshard.agent.RecordedEvents.text;
import static dev.testshard.agent.RecordedEvents.texts;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.agent.protocol.Protocol;
import dev.testshard.agent.selectionfixtures.ConfiguredFixture;
import dev.testshard.agent.selectionfixtures.MethodsFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery and execution under a Surefire selection, with the real launcher on the fixtures of
 * {@code dev.testshard.agent.selectionfixtures}. Every scenario also checks that discovery knows
 * exactly the tests that execution runs (parameterized invocations aside, which exist only once
 * they run).
 */
class SelectionRunTest {

  private static final String PACKAGE = MethodsFixture.class.getPackageName() + ".";

  @TempDir Path dir;

  @Test
  void runsOnlyTheMethodsAMethodPatternNames() throws Exception {
    assertThat(selected("specific-tests true", "include MethodsFixture#alpha*"))
        .containsExactly("MethodsFixture#alpha", "MethodsFixture#alphaBeta");
  }

  @Test
  void matchesTheMethodsOfANestedClassByTheNestedClassName() throws Exception {
    // Surefire's TestMethodFilter matches the method source's class: MethodsFixture$Inner.
    assertThat(selected("specific-tests true", "include MethodsFixture#alpha"))
        .containsExactly("MethodsFixture#alpha");
    assertThat(selected("specific-tests true", "include MethodsFixture$Inner#alpha"))
        .containsExactly("MethodsFixture$Inner#alpha");
    assertThat(selected("specific-tests true", "include MethodsFixture*#alpha"))
        .containsExactly("MethodsFixture#alpha", "MethodsFixture$Inner#alpha");
  }

  @Test
  void runsANestedClassSelectedByItsNameWithoutTheTestsOfItsEnclosingClass() throws Exception {
    assertThat(selected("specific-tests true", "include MethodsFixture$Inner"))
        .containsExactly("MethodsFixture$Inner#alpha", "MethodsFixture$Inner#delta");
  }

  @Test
  void runsEveryInvocationOfAParameterizedTestItsMethodPatternNames() throws Exception {
    Map<String, Map<String, Object>> discovered =
        discover("specific-tests true", "include MethodsFixture#gamma");

    assertThat(discovered).containsOnlyKeys(MethodsFixture.class.getName());
    assertThat(number(discovered.get(MethodsFixture.class.getName()), "tests")).isZero();
    assertThat(selected("specific-tests true", "include MethodsFixture#gamma"))
        .containsExactly("MethodsFixture#gamma(int)[1]", "MethodsFixture#gamma(int)[2]");
  }

  @Test
  void dropsTheMethodsThatAnExclusionInTheTestListNames() throws Exception {
    // With -Dtest the whole list filters methods, so the nested class, which
    // **/MethodsFixture does not match, is out too.
    assertThat(selected("specific-tests true", "include MethodsFixture, !MethodsFixture#beta"))
        .containsExactly(
            "MethodsFixture#alpha",
            "MethodsFixture#alphaBeta",
            "MethodsFixture#gamma(int)[1]",
            "MethodsFixture#gamma(int)[2]");
  }

  @Test
  void dropsAnExcludedMethodAndKeepsNestedTestsUnderTheDefaultExclude() throws Exception {
    assertThat(
            selected(
                "include **/MethodsFixture.java", "exclude **/*$*", "exclude MethodsFixture#beta"))
        .containsExactly(
            "MethodsFixture#alpha",
            "MethodsFixture#alphaBeta",
            "MethodsFixture#gamma(int)[1]",
            "MethodsFixture#gamma(int)[2]",
            "MethodsFixture$Inner#alpha",
            "MethodsFixture$Inner#delta");
  }

  @Test
  void leavesOutStaticNestedTestClassesUnderTheDefaultExclude() throws Exception {
    assertThat(selected("include **/OuterFixture*.java", "exclude **/*$*"))
        .containsExactly("OuterFixture#outer");
    assertThat(selected("include **/OuterFixture*.java"))
        .containsExactly("OuterFixture#outer", "OuterFixture$StaticNestedFixture#nested");
  }

  @Test
  void matchesJUnit4MethodsRunThroughVintage() throws Exception {
    assertThat(selected("specific-tests true", "include VintageFixture#beta"))
        .containsExactly("VintageFixture#beta");
  }

  @Test
  void matchesJUnit4ParameterizedInvocationsByTheirMethodName() throws Exception {
    // Vintage gives the invocations "test[0]", "test[1]" the method source of test(): the
    // JUnit 4 provider's "#test[*]" is not needed, and takes nothing.
    assertThat(selected("specific-tests true", "include ParameterizedVintageFixture#test"))
        .containsExactly(
            "ParameterizedVintageFixture#test[0]", "ParameterizedVintageFixture#test[1]");
    assertThat(selected("specific-tests true", "include ParameterizedVintageFixture#test[*]"))
        .isEmpty();
  }

  @Test
  void runsTheTestsOfTheIncludedTags() throws Exception {
    assertThat(selected("include **/TaggedFixture", "groups fast"))
        .containsExactly("TaggedFixture#quick");
    assertThat(selected("include **/TaggedFixture", "groups fast | slow"))
        .containsExactly("TaggedFixture#quick", "TaggedFixture#slow");
    assertThat(selected("include **/TaggedFixture", "groups fast, slow"))
        .containsExactly("TaggedFixture#quick", "TaggedFixture#slow");
  }

  @Test
  void leavesOutTheTestsOfExcludedTags() throws Exception {
    assertThat(selected("include **/TaggedFixture", "excluded-groups slow"))
        .containsExactly("TaggedFixture#plain", "TaggedFixture#quick");
  }

  @Test
  void leavesOutTheTestsOfExcludedEngines() throws Exception {
    assertThat(
            selected("include **/VintageFixture, **/TaggedFixture", "exclude-engine junit-jupiter"))
        .containsExactly("VintageFixture#alpha", "VintageFixture#beta");
    assertThat(
            selected("include **/VintageFixture, **/TaggedFixture", "include-engine junit-vintage"))
        .containsExactly("VintageFixture#alpha", "VintageFixture#beta");
  }

  @Test
  void passesConfigurationParametersToTheEngine() throws Exception {
    String configured = ConfiguredFixture.class.getName();
    Path deactivated =
        selection(
            "include **/ConfiguredFixture",
            "config junit.jupiter.conditions.deactivate=org.junit.*DisabledCondition");
    Path plain = selection("include **/ConfiguredFixture");

    assertThat(statuses(run(deactivated, configured))).containsExactly("PASSED");
    assertThat(statuses(run(plain, configured))).containsExactly("SKIPPED");
    assertThat(selected("include **/ConfiguredFixture")).hasSize(1);
  }

  @Test
  void keepsCapturingOutputWhateverTheSelectionConfigures() throws Exception {
    Path selection =
        selection("include **/MethodsFixture", "config junit.platform.output.capture.stdout=false");

    assertThat(run(selection, MethodsFixture.class.getName()))
        .filteredOn(event -> "test".equals(text(event, "event")))
        .isNotEmpty();
  }

  @Test
  void runsNothingOfAClassTheSelectionDoesNotTake() throws Exception {
    Path selection = selection("include **/TaggedFixture");

    assertThat(run(selection, MethodsFixture.class.getName()))
        .extracting(event -> text(event, "event"))
        .containsExactly("finished");
  }

  @Test
  void appliesTheSelectionInEveryBatchOfAWorker() throws Exception {
    StandardInput.use(
        new ByteArrayInputStream(
            (MethodsFixture.class.getName() + "\n" + Protocol.WORKER_STOP + "\n").getBytes(UTF_8)));
    Path selection = selection("specific-tests true", "include MethodsFixture#beta");

    List<Map<String, Object>> events =
        agent(
            new WorkerRun()::execute,
            "--queue",
            Protocol.STDIN_QUEUE,
            "--selection",
            selection.toString());

    assertThat(names(events)).containsExactly("MethodsFixture#beta");
  }

  @Test
  void keepsTheIncludeExpressionOfDiscoveryOnTopOfTheSelection() throws Exception {
    List<String> lines = new ArrayList<>();
    new Discovery()
        .discover(
            "m0",
            List.of(testClassesDir()),
            ".*\\.Tagged[^.]*",
            List.of(),
            selection("include **/*Fixture").toString(),
            lines::add);

    assertThat(lines)
        .extracting(line -> text(RecordedEvents.parse(line), "class"))
        .containsExactly(PACKAGE + "TaggedFixture");
  }

  /**
   * Discovers the fixtures under the selection, runs the classes discovery found, checks that
   * discovery knew each test that ran (and no other), and returns the tests that ran as {@code
   * Class#name} without the package, sorted.
   */
  private Set<String> selected(String... lines) throws Exception {
    Path selection = selection(lines);
    Map<String, Map<String, Object>> discovered = discover(selection);
    List<Map<String, Object>> events =
        discovered.isEmpty()
            ? List.of()
            : run(selection, discovered.keySet().toArray(String[]::new));
    Set<String> ran = names(events);

    Set<String> known = new TreeSet<>();
    for (Map<String, Object> event : discovered.values()) {
      texts(event, "testNames").forEach(name -> known.add(shorten(name.replace('\t', '#'))));
      long tests = number(event, "tests");
      assertThat(texts(event, "testNames")).hasSize((int) tests);
    }
    // Invocations of Jupiter's parameterized tests exist only once they run.
    Set<String> ranAndKnowable = new TreeSet<>(ran);
    ranAndKnowable.removeIf(name -> name.matches(".*\\)\\[\\d+]"));
    assertThat(known).as("tests discovery knew").isEqualTo(ranAndKnowable);
    return ran;
  }

  private Map<String, Map<String, Object>> discover(String... lines) throws Exception {
    return discover(selection(lines));
  }

  private static Map<String, Map<String, Object>> discover(Path selection) throws Exception {
    List<String> lines = new ArrayList<>();
    new Discovery()
        .discover(
            "m0",
            List.of(testClassesDir()),
            PACKAGE.replace(".", "\\.") + ".*",
            List.of(),
            selection.toString(),
            lines::add);
    Map<String, Map<String, Object>> classes = new LinkedHashMap<>();
    for (String line : lines) {
      Map<String, Object> event = RecordedEvents.parse(line);
      assertThat(text(event, "event")).isEqualTo("class");
      assertThat(classes.put(text(event, "class"), event)).isNull();
    }
    return classes;
  }

  private static List<Map<String, Object>> run(Path selection, String... classNames)
      throws Exception {
    List<String> args = new ArrayList<>(List.of("--selection", selection.toString()));
    args.addAll(List.of(classNames));
    return agent(new ShardRun()::execute, args.toArray(String[]::new));
  }

  private interface Mode {
    void execute(AgentArgs args, EventStream events) throws Exception;
  }

  private static List<Map<String, Object>> agent(Mode mode, String... args) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream stream = new PrintStream(bytes, true, UTF_8)) {
      mode.execute(AgentArgs.parse(List.of(args)), new EventStream(stream));
    }
    return RecordedEvents.fromOutput(bytes.toString(UTF_8));
  }

  private Path selection(String... lines) throws Exception {
    Path file = Files.createTempFile(dir, "selection", "");
    return Files.write(file, List.of(lines), UTF_8);
  }

  private static Set<String> names(List<Map<String, Object>> events) {
    Set<String> names = new TreeSet<>();
    for (Map<String, Object> event : events) {
      if ("test".equals(text(event, "event"))) {
        assertThat(names.add(shorten(text(event, "classname") + "#" + text(event, "name"))))
            .as("reported once")
            .isTrue();
      }
    }
    return names;
  }

  private static List<String> statuses(List<Map<String, Object>> events) {
    return events.stream()
        .filter(event -> "test".equals(text(event, "event")))
        .map(event -> text(event, "status"))
        .toList();
  }

  private static String shorten(String name) {
    return name.startsWith(PACKAGE) ? name.substring(PACKAGE.length()) : name;
  }

  private static String testClassesDir() throws Exception {
    return Path.of(MethodsFixture.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString();
  }
}
