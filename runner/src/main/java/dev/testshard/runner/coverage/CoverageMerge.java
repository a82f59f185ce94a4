package dev.testshard.runner.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jacoco.core.tools.ExecFileLoader;

/**
 * Merges the JaCoCo execution data the shards' JVMs wrote into the one file JaCoCo's agent was told
 * to write, so that {@code mvn jacoco:report} after a testshard run reports what it reports after
 * {@code mvn test}.
 */
public final class CoverageMerge {

  private CoverageMerge() {}

  /**
   * @param shardsDir the report's {@code shards/} directory, searched for {@code fileName}
   * @param fileName the name each shard's agent wrote its data under
   * @param target the file the build's agent names; added to when {@code append}
   * @return how many shard files were merged (0: the target is left alone)
   */
  public static int merge(Path shardsDir, String fileName, Path target, boolean append)
      throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(shardsDir)) {
      try (Stream<Path> paths = Files.walk(shardsDir)) {
        paths
            .filter(p -> p.getFileName().toString().equals(fileName) && Files.isRegularFile(p))
            .sorted()
            .forEach(files::add);
      }
    }
    if (files.isEmpty()) {
      return 0;
    }
    ExecFileLoader loader = new ExecFileLoader();
    if (append && Files.isRegularFile(target)) {
      loader.load(target.toFile());
    }
    for (Path file : files) {
      loader.load(file.toFile());
    }
    Files.createDirectories(target.toAbsolutePath().getParent());
    Path partial = target.resolveSibling(target.getFileName() + ".testshard-partial");
    loader.save(partial.toFile(), false);
    Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return files.size();
  }
}
