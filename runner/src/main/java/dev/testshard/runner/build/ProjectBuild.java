package dev.testshard.runner.build;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of building a project: its test modules, ready to snapshot.
 *
 * @param projectDir absolute project directory
 * @param modules modules that have compiled test classes (one per execution of the test goal)
 * @param notes what the user should know about the build's test configuration: executions that
 *     Surefire skips, settings testshard cannot honour; one line each
 */
public record ProjectBuild(Path projectDir, List<TestModule> modules, List<String> notes) {

  public ProjectBuild {
    modules = List.copyOf(modules);
    notes = List.copyOf(notes);
  }

  public ProjectBuild(Path projectDir, List<TestModule> modules) {
    this(projectDir, modules, List.of());
  }
}
