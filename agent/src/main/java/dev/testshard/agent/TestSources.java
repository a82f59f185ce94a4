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
   * The top-level class the identifier belongs to: the outermost class above it, so that
   * {@code @Nested} classes, methods, dynamic tests (whatever their own source) and the member
   * classes of a JUnit 4 {@code Suite} belong to the class that was selected. Null when no Java
   * class is involved.
   */
  static String topLevelClass(TestPlan plan, TestIdentifier id) {
    String outermost = null;
    for (TestIdentifier current = id; current != null; current = parent(plan, current)) {
      if (current.getSource().orElse(null) instanceof ClassSource classSource) {
        outermost = classSource.getClassName();
      }
    }
    if (outermost == null) {
      outermost = declaringClass(plan, id);
    }
    if (outermost == null) {
      return null;
    }
    int dollar = outermost.indexOf('$');
    return dollar < 0 ? outermost : outermost.substring(0, dollar);
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
