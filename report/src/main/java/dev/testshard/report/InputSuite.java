package dev.testshard.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One {@code <testsuite>} being read: cuts its test cases into runs of one top-level class and
 * hands each finished run to the sink as a {@link TestSuiteResult}. Holds one run at a time.
 *
 * <p>A suite named after a class in a package (Maven Surefire's, testshard's, Gradle's) holds that
 * class's tests, whatever their {@code classname}: Surefire names a {@code @Nested} class's tests
 * after its {@code @DisplayName} and a JUnit 4 suite's tests after its member classes. Other suites
 * (JUnit Platform's "JUnit Jupiter") are cut by the top-level class of each {@code classname}; a
 * {@code classname} that is no class name stays with its suite.
 */
final class InputSuite {

  /** A property testshard writes on every suite of its reports. */
  private static final String WRITTEN_BY_TESTSHARD = JUnitXmlReader.KEPT_PROPERTY_PREFIX + "shard";

  private final String name;
  private final String hostname;
  private final Instant timestamp;
  private final String timeAttribute;
  private final Consumer<TestSuiteResult> sink;
  private final String suiteClass;
  private final boolean namedAfterPackagedClass;
  private final Map<String, String> properties = new LinkedHashMap<>();
  private final List<TestCaseResult> run = new ArrayList<>();
  private String runClass;
  private String runFile;
  private double runTime;
  private int runsEmitted;

  InputSuite(
      String name,
      String hostname,
      Instant timestamp,
      String timeAttribute,
      Consumer<TestSuiteResult> sink) {
    this.name = name;
    this.suiteClass = isClassName(name) ? topLevelClass(name) : null;
    this.namedAfterPackagedClass = suiteClass != null && name.indexOf('.') > 0;
    this.hostname = hostname;
    this.timestamp = timestamp;
    this.timeAttribute = timeAttribute;
    this.sink = sink;
  }

  String name() {
    return name;
  }

  void property(String key, String value) {
    properties.put(key, value);
  }

  /** Adds the next test case; {@code file} is its {@code file} attribute or null. */
  void add(TestCaseResult testCase, String file) {
    String topLevelClass = ownerOf(testCase.className());
    if (runClass != null && !runClass.equals(topLevelClass)) {
      emit(runTime); // a second class follows, so the suite's own time covers more than this one
    }
    runClass = topLevelClass;
    if (runFile == null && file != null && !file.isBlank()) {
      runFile = file;
    }
    run.add(testCase);
    runTime += testCase.timeSeconds();
  }

  /**
   * Emits the current run before a nested suite is read, so results keep document order. The
   * suite's own time then covers the nested suite too, so the run takes the sum of its tests.
   */
  void endRun() {
    if (runClass != null) {
      emit(runTime);
    }
  }

  /** Emits the last run; call at the suite's end tag. */
  void finish() {
    if (runClass == null) {
      return;
    }
    boolean onlyClass = runsEmitted == 0;
    emit(onlyClass && timeAttribute != null ? JUnitXmlValues.parseSeconds(timeAttribute) : runTime);
  }

  private void emit(double time) {
    sink.accept(new TestSuiteResult(runClass, hostname, timestamp, time, runFile, properties, run));
    runsEmitted++;
    run.clear();
    runClass = null;
    runFile = null;
    runTime = 0;
  }

  /** The top-level class that a test case of this suite with this {@code classname} belongs to. */
  private String ownerOf(String className) {
    if (suiteClass != null && properties.containsKey(WRITTEN_BY_TESTSHARD)) {
      // A suite testshard named after a class is that top-level class, named as it is: its name
      // may hold a $ of its own (Ça$Va), which must not be taken for a nested class's.
      return name;
    }
    if (suiteClass != null && (namedAfterPackagedClass || !isClassName(className))) {
      return suiteClass;
    }
    return topLevelClass(className);
  }

  /** Whether {@code text} is a Java class name: identifiers separated by dots. */
  static boolean isClassName(String text) {
    for (String part : text.split("\\.", -1)) {
      if (part.isEmpty() || !Character.isJavaIdentifierStart(part.codePointAt(0))) {
        return false;
      }
      if (!part.codePoints().allMatch(Character::isJavaIdentifierPart)) {
        return false;
      }
    }
    return true;
  }

  /** {@code com.acme.Outer$Inner} → {@code com.acme.Outer}. */
  static String topLevelClass(String className) {
    int dollar = className.indexOf('$');
    return dollar > 0 ? className.substring(0, dollar) : className;
  }
}
