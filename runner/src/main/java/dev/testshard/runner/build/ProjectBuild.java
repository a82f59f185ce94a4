package dev.testshard.runner.build;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of building a project: its test modules, ready to snapshot.
 *
 * @param projectDir absolute project directory
 * @param modules modules that have compiled test classes
 */
public record ProjectBuild(Path projectDir, List<TestModule> modules) {

  public ProjectBuild {
    modules = List.copyOf(modules);
  }
}
