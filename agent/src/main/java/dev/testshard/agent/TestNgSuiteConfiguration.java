package dev.testshard.agent;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

/**
 * TestNG's configuration methods that belong to a whole suite, test or group rather than to a class
 * ({@code @BeforeSuite}, {@code @AfterSuite}, {@code @BeforeTest}, {@code @AfterTest}, {@code
 * BeforeGroups}, {@code @AfterGroups}). Surefire runs every class of a module in one TestNG suite,
 * so they run once; testshard runs a suite in each shard's JVM, and in each batch of a dynamic
 * worker, of only the classes given to it. The warning says so, naming the classes. Reads
 * annotations by name: no TestNG type.
 */
final class TestNgSuiteConfiguration {

  private static final String PACKAGE = "org.testng.annotations.";

  private static final Set<String> SUITE_LEVEL =
      Set.of(
          PACKAGE + "BeforeSuite",
          PACKAGE + "AfterSuite",
          PACKAGE + "BeforeTest",
          PACKAGE + "AfterTest",
          PACKAGE + "BeforeGroups",
          PACKAGE + "AfterGroups");

  /** Those that TestNG runs after every class of their suite, test or group has ended. */
  private static final Set<String> AFTER_CLASSES =
      Set.of(PACKAGE + "AfterSuite", PACKAGE + "AfterTest", PACKAGE + "AfterGroups");

  /** How many classes the warning names. */
  private static final int NAMED = 5;

  private TestNgSuiteConfiguration() {}

  /** Whether the test class path has TestNG (else no class can have such methods). */
  static boolean onClassPath(ClassLoader loader) {
    try {
      Class.forName(PACKAGE + "BeforeSuite", false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Whether {@code testClass} or a class above it has a suite-level configuration method. */
  static boolean declaredOrInherited(Class<?> testClass) {
    return annotated(testClass, SUITE_LEVEL);
  }

  /**
   * Whether {@code testClass} (or a class above it) has a method TestNG runs after the class has
   * ended ({@code AfterSuite}, {@code AfterTest}, {@code AfterGroups}), whose failure or skip is
   * then reported under it.
   */
  static boolean runsAfterItsClass(Class<?> testClass) {
    return annotated(testClass, AFTER_CLASSES);
  }

  private static boolean annotated(Class<?> testClass, Set<String> annotations) {
    try {
      for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Method method : c.getDeclaredMethods()) {
          for (Annotation annotation : method.getAnnotations()) {
            if (annotations.contains(annotation.annotationType().getName())) {
              return true;
            }
          }
        }
      }
    } catch (RuntimeException | LinkageError e) {
      // A class whose methods cannot be read is reported as it loads, if at all.
    }
    return false;
  }

  /** The warning for the classes (binary names, sorted) that have such methods. */
  static String warning(List<String> classes) {
    String named = String.join(", ", classes.subList(0, Math.min(NAMED, classes.size())));
    if (classes.size() > NAMED) {
      named += " and " + (classes.size() - NAMED) + " more";
    }
    return "TestNG suite-level configuration (@BeforeSuite, @AfterSuite, @BeforeTest, @AfterTest,"
        + " @BeforeGroups, @AfterGroups) in "
        + named
        + ": Surefire runs all classes in one suite, so each runs once; testshard runs a suite in"
        + " each shard, and in each batch of a dynamic worker, of only the classes given to it, so"
        + " each runs once there, and only where a class of it declares or inherits the method (a"
        + " class without tests is never run)";
  }
}
