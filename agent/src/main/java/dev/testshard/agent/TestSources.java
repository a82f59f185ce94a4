package dev.testshard.agent;

import java.util.Optional;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/** Where a test identifier comes from, in terms of Java classes. */
final class TestSources {

  private TestSources() {}

  /** The class that declares the test or container itself ({@code Outer$Inner}), or null. */
  static String declaringClass(TestPlan plan, TestIdentifier id) {
    for (TestIdentifier current = id; current != null; current = parent(plan, current)) {
      String name = className(current.getSource());
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  /**
   * The top-level class the identifier belongs to: {@code @Nested} classes, methods and dynamic
   * tests all belong to their outermost class. Null when no Java class is involved.
   */
  static String topLevelClass(TestPlan plan, TestIdentifier id) {
    String declaring = declaringClass(plan, id);
    if (declaring == null) {
      return null;
    }
    int dollar = declaring.indexOf('$');
    return dollar < 0 ? declaring : declaring.substring(0, dollar);
  }

  private static TestIdentifier parent(TestPlan plan, TestIdentifier id) {
    Optional<TestIdentifier> parent = plan.getParent(id);
    return parent.orElse(null);
  }

  private static String className(Optional<TestSource> source) {
    if (source.isEmpty()) {
      return null;
    }
    TestSource value = source.get();
    if (value instanceof ClassSource classSource) {
      return classSource.getClassName();
    }
    if (value instanceof MethodSource methodSource) {
      return methodSource.getClassName();
    }
    return null;
  }
}
