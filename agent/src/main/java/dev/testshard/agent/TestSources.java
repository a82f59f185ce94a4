package dev.testshard.agent;

import java.util.Optional;
import java.util.function.Supplier;
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
    ClassSource outermost = null;
    for (TestIdentifier current = id; current != null; current = parent(plan, current)) {
      if (current.getSource().orElse(null) instanceof ClassSource classSource) {
        outermost = classSource;
      }
    }
    if (outermost != null) {
      return topLevel(outermost.getClassName(), outermost::getJavaClass);
    }
    for (TestIdentifier current = id; current != null; current = parent(plan, current)) {
      if (current.getSource().orElse(null) instanceof MethodSource methodSource) {
        return topLevel(methodSource.getClassName(), methodSource::getJavaClass);
      }
    }
    return null;
  }

  /**
   * The top-level class of a class: by the class itself, since a {@code $} may be part of a
   * top-level class's own name ({@code Ça$Va}); by the name up to the first {@code $} only when the
   * class cannot be loaded.
   */
  static String topLevel(String className, Supplier<Class<?>> javaClass) {
    int dollar = className.indexOf('$');
    if (dollar < 0) {
      return className;
    }
    try {
      Class<?> type = javaClass.get();
      while (type.getEnclosingClass() != null) {
        type = type.getEnclosingClass();
      }
      return type.getName();
    } catch (RuntimeException | LinkageError e) {
      return className.substring(0, dollar);
    }
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
