package dev.testshard.runner.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A module with test classes, as built on the host.
 *
 * @param id readable id, unique in the project (the module's path relative to the project, or the
 *     project directory's name for the root module)
 * @param directory absolute module directory on the host; the test JVM's working directory
 * @param testRoots directories holding compiled test classes (discovery scans them)
 * @param classpath the full test class path, in order, absolute host paths
 */
public record TestModule(String id, Path directory, List<Path> testRoots, List<Path> classpath) {

  public TestModule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(directory, "directory");
    testRoots = List.copyOf(testRoots);
    classpath = List.copyOf(classpath);
  }
}
