package dev.testshard.agent;

import dev.testshard.agent.protocol.Protocol;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The {@code name} and {@code classname} that Maven Surefire 3.5 writes in its XML report for a
 * test (with its default reporter, or with the one that names test cases by display names: {@link
 * Reporting#phrasedMethodNames}), so that CI history, trends and quarantine lists keyed by them
 * survive a switch between Surefire and testshard. The one place that knows the rule; read from
 * Surefire's {@code RunListenerAdapter} (junit-platform provider), {@code JUnit4RunListener}
 * (junit4 provider) and {@code StatelessXmlReporter}, and checked against real Surefire runs (see
 * {@code SurefireNamesTest}).
 *
 * <p>Names of an entry (a test, or a container that Surefire reports as one test case):
 *
 * <ul>
 *   <li>with a method source: the method name ({@code adds}); but the legacy reporting name when
 *       the method has parameters, the legacy name ends in {@code [n]}, or an ancestor without a
 *       source is named {@code [...]}: {@code informal(String, String)[1]}, {@code
 *       countsEvaluations(RepetitionInfo)[2]}, {@code knownExpressions()[3]}, {@code
 *       withInfo(TestInfo)}, {@code convertsBothWays[1 = I]};
 *   <li>with a class source: empty, the name of a class as a whole (a failing {@code @BeforeAll}, a
 *       skipped {@code @Nested} class);
 *   <li>anything else: its display name.
 * </ul>
 *
 * JUnit 4 tests (Vintage engine) are named as the junit4 provider names them when the project has
 * no JUnit Platform: the method part of the JUnit 4 description, which is the legacy reporting name
 * (empty for a class), under the class of that description (the test's source), which a JUnit 3
 * {@code suite()} that adds test case instances by hand sets apart from the classes above it.
 *
 * <p>TestNG tests (TestNG engine) are named as the testng provider names them: the method name,
 * with an invocation's parameters and number for a data-driven method ({@code adds[1, 2, 3](1)}).
 *
 * <p>Classname: of a test, the value of {@code @DisplayName} on the nearest class container, else
 * that container's legacy reporting name (its class name: {@code com.acme.Outer$Inner} for a
 * {@code @Nested} class, the member class of a JUnit 4 {@code Suite}); of a class container, its
 * {@code @DisplayName} or class name; of a method container, that of the nearest class above it
 * (the method's own class under a skipped container, whose ancestors Surefire does not see).
 *
 * <p>Thread-safe.
 */
final class SurefireNames {

  /** The engine whose tests are named as Surefire's junit4 provider names them. */
  private static final String VINTAGE_ENGINE = "junit-vintage";

  /** The TestNG engine, whose tests are named as Surefire's testng provider names them. */
  private static final String TESTNG_ENGINE = "testng";

  /** The unique id segment of one invocation of a TestNG method. */
  private static final String TESTNG_INVOCATION = "invoc";

  private static final String DISPLAY_NAME = "org.junit.jupiter.api.DisplayName";

  // Surefire's own expressions (String.matches, so without DOTALL).
  private static final Pattern INVOCATION = Pattern.compile("^.*\\[\\d+]$");
  private static final Pattern BRACKETED = Pattern.compile("^\\[.+]$");

  private final TestPlan plan;
  private final Reporting reporting;
  private final Map<String, Optional<String>> displayNames = new ConcurrentHashMap<>();

  /** Names as Surefire 3.5 does by default ({@link Reporting#DEFAULT}). */
  SurefireNames(TestPlan plan) {
    this(plan, Reporting.DEFAULT);
  }

  /** Names as the module's Surefire writes its report ({@link Reporting}). */
  SurefireNames(TestPlan plan, Reporting reporting) {
    this.plan = plan;
    this.reporting = reporting;
  }

  /** The name of an entry reported while its ancestors run (or, in discovery, as a run would). */
  String name(TestIdentifier id) {
    return name(id, true);
  }

  /** The classname of an entry reported while its ancestors run. */
  String className(TestIdentifier id) {
    return withSuffix(id, true);
  }

  /**
   * The entries Surefire writes, each as skipped, for a container that was skipped as a whole: the
   * direct children of a JUnit Platform class (each test, parameterized method, {@code @Nested}
   * class); the container itself for a JUnit 4 class under the junit4 provider (one entry, as it
   * reports an {@code @Ignore}d class) and for a method container (a disabled
   * {@code @ParameterizedTest}). Before 3.0.0-M8 the container itself, whatever it is ({@link
   * Reporting#skippedAsOne}); in 3.0.0-M8 and M9 nothing for a method container. Name them with
   * {@link #skippedEntryName} and {@link #skippedEntryClassName}.
   */
  List<TestIdentifier> skippedEntries(TestIdentifier container) {
    if (entryPerContainer()) {
      return List.of(container);
    }
    boolean classSource = container.getSource().filter(ClassSource.class::isInstance).isPresent();
    if (!platformProvider(container)) {
      return classSource && TESTNG_ENGINE.equals(engine(container))
          ? List.copyOf(plan.getChildren(container))
          : List.of(container);
    }
    if (reporting.skippedAsOne()) {
      return List.of(container);
    }
    if (!classSource) {
      return reporting.namedSkippedContainers() ? List.of(container) : List.of();
    }
    return List.copyOf(plan.getChildren(container));
  }

  /**
   * Whether Surefire writes an entry (skipped) for a container aborted as a whole, by an assumption
   * failing in its {@code @BeforeAll}, {@code @BeforeClass} or {@code @AfterAll}: only the junit4
   * provider does, for a JUnit 4 class. The junit-platform provider writes nothing, and the tests
   * that did not run are not in its report.
   */
  boolean reportsAborted(TestIdentifier container) {
    return entryPerContainer()
        || (reporting.junit4Provider() && VINTAGE_ENGINE.equals(engine(container)));
  }

  /**
   * Whether a container that is skipped, aborted or fails is one entry of its own, whatever its
   * tests did: Surefire's junit-platform provider before 3.0.0-M4 ({@link Reporting#legacyNames}).
   */
  boolean entryPerContainer() {
    return reporting.legacyNames() && !reporting.junit4Provider();
  }

  /**
   * The name of an entry that {@link #skippedEntries} gave for {@code container}: a Surefire before
   * 3.0.0 named only tests and failures there, so a container's name is empty.
   */
  String skippedEntryName(TestIdentifier entry, TestIdentifier container) {
    if (entry.isContainer()
        && !reporting.namedSkippedContainers()
        && !entryPerContainer()
        && platformProvider(entry)) {
      return Protocol.CLASS_ENTRY_NAME;
    }
    return name(entry, entry.equals(container));
  }

  /** The classname of an entry that {@link #skippedEntries} gave for {@code container}. */
  String skippedEntryClassName(TestIdentifier entry, TestIdentifier container) {
    return withSuffix(entry, entry.equals(container));
  }

  /**
   * The classname with what ends it: Surefire's {@code reportNameSuffix} in parentheses, or
   * nothing. Since 3.5.4 the junit-platform provider's report writes an entry's "source text" alone
   * where it has one, and the name of the top-level class with the suffix where it has none. Every
   * test has one (the display name or name of its class); a class-level entry has one when what
   * names it differs from its top-level class: a nested class, a class with a {@code @DisplayName}.
   * So there only the class-level entries of top-level classes without a display name (a failing
   * {@code @BeforeAll}, a method container of a skipped class) end in the suffix.
   */
  private String withSuffix(TestIdentifier id, boolean ancestorsSeen) {
    String className = className(id, ancestorsSeen);
    String suffix = reporting.classNameSuffix();
    if (suffix.isEmpty()
        || !reporting.classDisplayNames()
        || !platformProvider(id)
        || entryPerContainer()) {
      return className + suffix;
    }
    if (id.isTest()) {
      return className;
    }
    String topLevel = topLevelClassName(id);
    return topLevel == null || topLevel.equals(className) ? className + suffix : className;
  }

  /** The class of the ancestor just below the engine (itself, maybe), or null when it has none. */
  private String topLevelClassName(TestIdentifier id) {
    TestIdentifier top = id;
    for (TestIdentifier parent = parent(top); parent != null && parent(parent) != null; ) {
      top = parent;
      parent = parent(top);
    }
    return top.getSource().orElse(null) instanceof ClassSource classSource
        ? classSource.getClassName()
        : null;
  }

  /**
   * Whether Surefire's junit-platform provider reports {@code id}, rather than its junit4 provider
   * (JUnit 4 in a module without JUnit Platform) or its testng provider.
   */
  private boolean platformProvider(TestIdentifier id) {
    String engine = engine(id);
    return !reporting.junit4Provider()
        || !(VINTAGE_ENGINE.equals(engine) || TESTNG_ENGINE.equals(engine));
  }

  /**
   * @param ancestorsSeen false for the children of a skipped container: Surefire looks at the
   *     ancestors that started, and a skipped container never did
   */
  private String name(TestIdentifier id, boolean ancestorsSeen) {
    String name = plainName(id, ancestorsSeen);
    return reporting.phrasedMethodNames() && platformProvider(id) && !entryPerContainer()
        ? phrasedName(id, name, ancestorsSeen)
        : name;
  }

  /**
   * The name the XML reporter writes with {@code usePhrasedTestCaseMethodName}: the junit-platform
   * provider's "method display name" where it has one, else {@code plainName}. An entry with a
   * method source has one when its display name is not the method's legacy reporting name: a
   * {@code @DisplayName}, an invocation of a parameterized, repeated or template method ({@code [1]
   * 1}), a dynamic test; since 3.0.0-M8 the display names of the method containers above it
   * (nearest first, among those that started) come before it, with a space unless it starts with
   * {@code [}: {@code values(int)[1] 1}, {@code flat() test a}, {@code group one nested() first}.
   * Other entries keep their name: Surefire's provider gives them no other.
   */
  private String phrasedName(TestIdentifier id, String plainName, boolean ancestorsSeen) {
    if (!(id.getSource().orElse(null) instanceof MethodSource method)) {
      return plainName;
    }
    String display = id.getDisplayName();
    String methodDisplay = display;
    if (reporting.parentMethodDisplays() && ancestorsSeen) {
      List<String> parents = new ArrayList<>();
      for (TestIdentifier ancestor = parent(id); ancestor != null; ancestor = parent(ancestor)) {
        if (ancestor.getSource().filter(MethodSource.class::isInstance).isPresent()) {
          parents.add(ancestor.getDisplayName());
        }
      }
      String parentDisplay = String.join(" ", parents);
      boolean space = isNotBlank(parentDisplay) && !display.startsWith("[");
      methodDisplay = parentDisplay + (space ? " " : "") + display;
    }
    String legacy = id.getLegacyReportingName();
    boolean hasDisplayName =
        !methodDisplay.equals(legacy) || !legacy.startsWith(method.getMethodName() + "(");
    return hasDisplayName && isNotBlank(methodDisplay) ? methodDisplay : plainName;
  }

  /** The name with the default reporter. */
  private String plainName(TestIdentifier id, boolean ancestorsSeen) {
    TestSource source = id.getSource().orElse(null);
    if (entryPerContainer()) {
      // Surefire cuts a name at its first '(', so that provider wrote parentheses as braces.
      return id.getLegacyReportingName().replace("()", "").replace('(', '{').replace(')', '}');
    }
    boolean junit4Test =
        id.isTest() && reporting.junit4Provider() && VINTAGE_ENGINE.equals(engine(id));
    if (source instanceof ClassSource classSource && !junit4Test) {
      return reporting.legacyNames() ? classSource.getClassName() : Protocol.CLASS_ENTRY_NAME;
    }
    if (VINTAGE_ENGINE.equals(engine(id))) {
      // Surefire's junit4 provider names a test by its JUnit 4 description, also when Vintage
      // gave it its class as source (a test method whose name is overloaded).
      return id.getLegacyReportingName();
    }
    if (reporting.junit4Provider()
        && source instanceof MethodSource method
        && TESTNG_ENGINE.equals(engine(id))) {
      if (testNgInvocationNumber(id) != null) {
        return reporting.testNgParameters() ? testNgName(id, method) : method.getMethodName();
      }
      return isNotBlank(method.getMethodParameterTypes())
          ? method.getMethodName()
          : testNgResultName(id);
    }
    if (!(source instanceof MethodSource method)) {
      return id.getDisplayName();
    }
    String legacy = id.getLegacyReportingName();
    if (reporting.signatureNames()
        && isNotBlank(method.getMethodParameterTypes())
        && id.getDisplayName().equals(legacy)) {
      return method.getMethodName() + "(" + signature(method.getMethodParameterTypes()) + ")";
    }
    boolean parameterized =
        isNotBlank(method.getMethodParameterTypes())
            || (reporting.invocationNames()
                && (INVOCATION.matcher(legacy).matches()
                    || (ancestorsSeen && hasBracketedAncestorWithoutSource(id))));
    return parameterized ? legacy : method.getMethodName();
  }

  private String className(TestIdentifier id, boolean ancestorsSeen) {
    if (entryPerContainer()) {
      // The launcher's LegacyReportingUtils.getClassName: the nearest class source.
      for (TestIdentifier current = id; current != null; current = parent(current)) {
        Optional<TestSource> source = current.getSource();
        if (source.isPresent() && source.get() instanceof ClassSource classSource) {
          return classSource.getClassName();
        }
      }
      TestIdentifier parent = parent(id);
      return parent == null ? "<unrooted>" : parent.getLegacyReportingName();
    }
    if (id.isTest()) {
      if (reporting.junit4Provider() && VINTAGE_ENGINE.equals(engine(id))) {
        // The junit4 provider's classname is the test's own JUnit 4 description's class, which
        // differs from the class above it when a JUnit 3 suite() adds test case instances by hand.
        Optional<String> own = id.getSource().map(SurefireNames::sourceClass);
        if (own.isPresent()) {
          return own.get();
        }
      }
      if (reporting.ownSourceClassNames()) {
        TestSource own = id.getSource().orElse(null);
        if (own instanceof ClassSource classSource) {
          return classSource.getClassName();
        }
        TestIdentifier parent = parent(id);
        if (!(own instanceof MethodSource) && parent != null) {
          return parent.getDisplayName();
        }
      }
      TestIdentifier owner = nearestClassContainer(id);
      return displayName(owner).orElse(owner.getLegacyReportingName());
    }
    TestSource source = id.getSource().orElse(null);
    if (source instanceof ClassSource classSource) {
      return displayName(id).orElse(classSource.getClassName());
    }
    if (source instanceof MethodSource method) {
      if (ancestorsSeen) {
        for (TestIdentifier ancestor = parent(id); ancestor != null; ancestor = parent(ancestor)) {
          Optional<TestSource> ancestorSource = ancestor.getSource();
          if (ancestorSource.filter(ClassSource.class::isInstance).isPresent()) {
            return displayName(ancestor)
                .orElse(((ClassSource) ancestorSource.get()).getClassName());
          }
        }
      }
      return method.getClassName();
    }
    TestIdentifier parent = parent(id);
    return parent == null ? id.getDisplayName() : parent.getDisplayName();
  }

  /** The test itself or its nearest ancestor that is a container with a class source, or root. */
  private TestIdentifier nearestClassContainer(TestIdentifier id) {
    TestIdentifier current = id;
    while (true) {
      if (current.isContainer()
          && current.getSource().filter(ClassSource.class::isInstance).isPresent()) {
        return current;
      }
      TestIdentifier parent = parent(current);
      if (parent == null) {
        return current;
      }
      current = parent;
    }
  }

  private boolean hasBracketedAncestorWithoutSource(TestIdentifier id) {
    for (TestIdentifier ancestor = parent(id); ancestor != null; ancestor = parent(ancestor)) {
      if (ancestor.getSource().isEmpty()
          && BRACKETED.matcher(ancestor.getLegacyReportingName()).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The value of {@code @DisplayName} on the class of a class source, as Surefire reads it. */
  private Optional<String> displayName(TestIdentifier id) {
    if (!reporting.classDisplayNames()) {
      return Optional.empty();
    }
    Optional<TestSource> source = id.getSource();
    if (source.isEmpty() || !(source.get() instanceof ClassSource classSource)) {
      return Optional.empty();
    }
    return displayNames.computeIfAbsent(
        classSource.getClassName(), name -> displayNameAnnotation(classSource));
  }

  private static Optional<String> displayNameAnnotation(ClassSource source) {
    try {
      for (Annotation annotation : source.getJavaClass().getAnnotations()) {
        if (annotation.annotationType().getName().equals(DISPLAY_NAME)) {
          Object value = annotation.annotationType().getMethod("value").invoke(annotation);
          return Optional.ofNullable((String) value);
        }
      }
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      // A class that cannot be loaded or read has no display name for Surefire either.
    }
    return Optional.empty();
  }

  private TestIdentifier parent(TestIdentifier id) {
    return plan.getParent(id).orElse(null);
  }

  /**
   * Surefire's testng provider: the method's name, and for an invocation with parameters (a
   * data-driven method) the parameters as {@code Arrays.toString} writes them and the invocation's
   * number from 1: {@code adds[1, 2, 3](1)}. The TestNG engine's invocation is {@code [0] 1, 2, 3},
   * the same values joined the same way.
   */
  private static String testNgName(TestIdentifier id, MethodSource method) {
    Integer number = testNgInvocationNumber(id);
    if (number == null) {
      return method.getMethodName();
    }
    String prefix = "[" + (number - 1) + "] ";
    String display = id.getDisplayName();
    if (!display.startsWith(prefix)) {
      return method.getMethodName();
    }
    return method.getMethodName() + "[" + display.substring(prefix.length()) + "](" + number + ")";
  }

  /**
   * Surefire's testng provider's name of a TestNG result: TestNG's name of it, and since 3.0.0-M5,
   * for a result with parameters, the parameters and the invocation's number ({@code adds[1, 2,
   * 3](1)}): the number of the invocation {@code id} stands for, when it is one, else TestNG's.
   *
   * @param id the entry the result is reported as, or null for a configuration method's
   */
  String testNgName(TestNgResults.Named result, TestIdentifier id) {
    if (!reporting.testNgParameters() || result.parameters() == null) {
      return result.name();
    }
    Integer number = id == null ? null : testNgInvocationNumber(id);
    return result.name()
        + result.parameters()
        + "("
        + (number == null ? result.number() : number)
        + ")";
  }

  /**
   * TestNG's name of a test method's result as the TestNG engine saw it when it made the entry
   * (what Surefire writes for a test that TestNG skips without invoking it, say for a method it
   * depends on that failed): its display name, which is that name ({@code isPositive on size 1} for
   * a class that overrides {@code toString}) followed by {@code [i]} for the i-th instance of a
   * {@code @Factory}, which the unique id ends in as {@code @i}.
   */
  private static String testNgResultName(TestIdentifier id) {
    String display = id.getDisplayName();
    String segment = UniqueId.parse(id.getUniqueId()).getLastSegment().getValue();
    int at = segment.lastIndexOf(")@");
    if (at >= 0) {
      int cut = display.lastIndexOf("[" + segment.substring(at + 2) + "]");
      if (cut > 0) {
        return display.substring(0, cut);
      }
    }
    return display;
  }

  /**
   * The number (from 1) of an invocation of a TestNG method that reports its invocations one by one
   * (a data-driven method, {@code invocationCount}), or null for another entry.
   */
  private static Integer testNgInvocationNumber(TestIdentifier id) {
    UniqueId.Segment last = UniqueId.parse(id.getUniqueId()).getLastSegment();
    if (!last.getType().equals(TESTNG_INVOCATION) || !last.getValue().matches("\\d+")) {
      return null;
    }
    return Integer.parseInt(last.getValue()) + 1;
  }

  private static String sourceClass(TestSource source) {
    if (source instanceof MethodSource method) {
      return method.getClassName();
    }
    return source instanceof ClassSource classSource ? classSource.getClassName() : null;
  }

  /** Whether the TestNG engine reports {@code id}. */
  static boolean isTestNg(TestIdentifier id) {
    return TESTNG_ENGINE.equals(engine(id));
  }

  /** The id of the engine that reports the test: the innermost one, below a suite engine. */
  private static String engine(TestIdentifier id) {
    String engine = null;
    for (UniqueId.Segment segment : UniqueId.parse(id.getUniqueId()).getSegments()) {
      if (segment.getType().equals("engine")) {
        engine = segment.getValue();
      }
    }
    return engine;
  }

  /**
   * Parameter types as Surefire before 3.0.0-M9 wrote them: the launcher's comma-separated type
   * names, each cut after its last dot and joined by a comma alone (a space after a comma stays
   * where no dot follows it: {@code String, int}).
   */
  private static String signature(String parameterTypes) {
    return Arrays.stream(parameterTypes.split(","))
        .map(type -> type.substring(type.lastIndexOf('.') + 1))
        .collect(Collectors.joining(","));
  }

  private static boolean isNotBlank(String text) {
    return text != null && !text.isBlank();
  }
}
