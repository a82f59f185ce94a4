package dev.testshard.runner.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A module with test classes, as built on the host: one execution of its test goal.
 *
 * @param id readable id, unique in the project (the module's path relative to the project, or the
 *     project directory's name for the root module; with several executions of the test goal, the
 *     other executions' ids are suffixed with theirs)
 * @param directory absolute module directory on the host
 * @param testRoots directories holding compiled test classes (discovery scans them)
 * @param classpath the full test class path, in order, absolute host paths
 * @param settings how its tests are selected and run (Surefire's configuration)
 */
public record TestModule(
    String id, Path directory, List<Path> testRoots, List<Path> classpath, TestSettings settings) {

  public TestModule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(directory, "directory");
    testRoots = List.copyOf(testRoots);
    classpath = List.copyOf(classpath);
    settings = settings == null ? TestSettings.defaults(directory) : settings;
  }

  /** A module run with Surefire's defaults (its configuration unknown). */
  public TestModule(String id, Path directory, List<Path> testRoots, List<Path> classpath) {
    this(id, directory, testRoots, classpath, null);
  }
}
