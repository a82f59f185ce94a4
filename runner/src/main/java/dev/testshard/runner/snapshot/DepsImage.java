package dev.testshard.runner.snapshot;

import dev.testshard.runner.docker.ContainerEngine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The cached image between the base runtime and the per-run layer: the class path entries outside
 * the project, the agent, and a class data archive per distinct start of a class path (see {@link
 * ClassDataSharing}). Tagged by a key of its content, so a run whose dependencies did not change
 * finds it and builds nothing.
 */
final class DepsImage {

  /** Raise when the image's layout changes, so that cached images are rebuilt. */
  private static final String FORMAT = "deps/2";

  /** The image's tag, and whether this call had to build it. */
  record Result(String tag, boolean built) {}

  private final ContainerEngine engine;
  private final Path agentCode;
  private final Map<String, String> cacheLabels;

  DepsImage(ContainerEngine engine, Path agentCode, Map<String, String> cacheLabels) {
    this.engine = engine;
    this.agentCode = agentCode;
    this.cacheLabels = Map.copyOf(cacheLabels);
  }

  /**
   * @param deps host files and directories by their container path under {@link
   *     ContainerLayout#DEPS}
   * @param archives the class path starts to make class data archives of, by archive key
   */
  Result ensure(String baseImage, Map<String, Path> deps, Map<String, List<String>> archives) {
    StringBuilder key = new StringBuilder(FORMAT).append('\n');
    key.append(engine.imageId(baseImage).orElse(baseImage)).append('\n');
    deps.forEach(
        (containerPath, host) ->
            key.append(containerPath).append(' ').append(stamp(host)).append('\n'));
    key.append(agentCode).append(' ').append(stamp(agentCode)).append('\n');
    new TreeMap<>(archives)
        .forEach((name, prefix) -> key.append("cds ").append(prefix).append('\n'));
    String tag = "testshard-deps:" + ContainerLayout.shortHash(key.toString());
    if (engine.imageId(tag).isPresent()) {
      return new Result(tag, false);
    }
    engine.build(out -> writeContext(out, baseImage, deps, archives), tag, cacheLabels);
    return new Result(tag, true);
  }

  private void writeContext(
      OutputStream out,
      String baseImage,
      Map<String, Path> deps,
      Map<String, List<String>> archives)
      throws IOException {
    try (TarWriter tar = new TarWriter(out)) {
      StringBuilder dockerfile = new StringBuilder("FROM " + baseImage + "\n");
      dockerfile.append("COPY deps/ ").append(ContainerLayout.DEPS).append("/\n");
      dockerfile.append("COPY agent/ ").append(ContainerLayout.AGENT).append("/\n");
      if (!archives.isEmpty()) {
        dockerfile.append("COPY cds/ ").append(ClassDataSharing.DIR).append("/\n");
        new TreeMap<>(archives)
            .forEach(
                (name, prefix) -> dockerfile.append(ClassDataSharing.trainingStep(name, prefix)));
      }
      tar.addText("Dockerfile", dockerfile.toString());
      tar.addDirectory("deps", 0755);
      for (Map.Entry<String, Path> dep : deps.entrySet()) {
        String name = "deps/" + dep.getKey().substring(ContainerLayout.DEPS.length() + 1);
        addTree(tar, name, dep.getValue());
      }
      addTree(tar, "agent/" + agentCode.getFileName(), agentCode);
      for (String name : archives.keySet()) {
        // Empty until the training step finds that a JVM can use the archive.
        tar.addText("cds/" + name + ".args", "");
      }
    }
  }

  private static void addTree(TarWriter tar, String name, Path source) throws IOException {
    if (Files.isRegularFile(source)) {
      tar.addFile(name, source, false);
      return;
    }
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path file : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(file)) {
          tar.addFile(name + "/" + relative(source, file), file, false);
        }
      }
    }
  }

  private static String relative(Path base, Path file) {
    return base.relativize(file).toString().replace('\\', '/');
  }

  /** Size and modification time of a file or, for a directory, of all files in it. */
  private static String stamp(Path path) {
    try {
      if (Files.isRegularFile(path)) {
        return Files.size(path) + "@" + Files.getLastModifiedTime(path).toMillis();
      }
      Map<String, String> stamps = new TreeMap<>();
      try (Stream<Path> walk = Files.walk(path)) {
        for (Path file : (Iterable<Path>) walk::iterator) {
          if (Files.isRegularFile(file)) {
            stamps.put(
                relative(path, file),
                Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis());
          }
        }
      }
      return Integer.toHexString(stamps.toString().hashCode());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
