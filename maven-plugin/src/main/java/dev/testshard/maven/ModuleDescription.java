package dev.testshard.maven;

import java.util.List;

/**
 * What {@code testshard-module.json} holds for one module of the reactor (format {@value #FORMAT}):
 * the module's coordinates and directories, and its test executions in the order Maven runs them.
 */
record ModuleDescription(
    String format,
    String groupId,
    String artifactId,
    String version,
    String packaging,
    String basedir,
    String testClassesDirectory,
    String classesDirectory,
    String localRepository,
    List<ExecutionDescription> executions) {
  static final String FORMAT = "testshard-module/1";
  static final String FILE_NAME = "testshard-module.json";

  ModuleDescription {
    executions = List.copyOf(executions);
  }
}
