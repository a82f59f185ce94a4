package dev.testshard.runner.coverage;

import java.nio.file.Path;

/**
 * Where a module's coverage goes ({@code module} is its id): each shard's JaCoCo agent writes
 * {@code fileName} into the directory the runner copies out of the container, and the shards' files
 * are merged into {@code target}, the file the build's agent names.
 */
public record CoverageTarget(String module, String fileName, Path target, boolean append) {

  /** Where a shard's file lies under the directory of its results: {@code coverage/fileName}. */
  public String resultName() {
    return "coverage/" + fileName;
  }
}
