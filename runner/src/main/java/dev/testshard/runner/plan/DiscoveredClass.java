package dev.testshard.runner.plan;

import java.util.List;
import java.util.Objects;

/**
 * A top-level test class found by JUnit Platform discovery in the snapshot.
 *
 * @param module id of the module whose class path it needs
 * @param className fully qualified name
 * @param engines ids of the engines that own tests in it
 * @param tests the tests known before execution (parameterized and dynamic tests are not)
 */
public record DiscoveredClass(
    String module, String className, List<String> engines, List<PlannedTest> tests) {

  /** The tests known before execution, over all the classes. */
  public static int testCount(List<DiscoveredClass> classes) {
    return classes.stream().mapToInt(c -> c.tests().size()).sum();
  }

  public DiscoveredClass {
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(className, "className");
    engines = List.copyOf(engines);
    tests = List.copyOf(tests);
  }

  public String packageName() {
    int dot = className.lastIndexOf('.');
    return dot < 0 ? "" : className.substring(0, dot);
  }

  /** A test known from discovery: its declaring class ({@code Outer$Inner}) and name. */
  public record PlannedTest(String className, String name) {
    public PlannedTest {
      Objects.requireNonNull(className, "className");
      Objects.requireNonNull(name, "name");
    }
  }
}
