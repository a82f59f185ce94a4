package dev.testshard.runner.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The per-run layer as a tar to unpack at {@code /}: the project files under {@link
 * ContainerLayout#WORKSPACE} (owned by the test user, so tests may write there), the compiled
 * classes and project jars beside them, and the module descriptors under {@code /testshard/run}.
 *
 * <p>While writing, it digests the class path part (classes and jars, with their paths), so that
 * what was discovered in this content can be recognised later: see {@link #classPathDigest()}.
 */
final class RunLayer {

  private final ProjectFiles files;
  private final List<Path> classDirs;
  private final List<Path> jars;
  private final Map<String, String> descriptors;
  private final Map<String, String> links;
  private final MessageDigest digest;
  private String classPathDigest;

  /**
   * @param descriptors text files under {@code /testshard/}, by path relative to it
   * @param links symbolic links under {@code /testshard/}, by path relative to it, to their targets
   */
  RunLayer(
      ProjectFiles files,
      List<Path> classDirs,
      List<Path> jars,
      Map<String, String> descriptors,
      Map<String, String> links) {
    this.files = files;
    this.classDirs = List.copyOf(classDirs);
    this.jars = List.copyOf(jars);
    this.descriptors = Map.copyOf(descriptors);
    this.links = Map.copyOf(links);
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Writes the layer; a second call (after a failed one) writes it, and digests it, anew. */
  void writeTo(OutputStream out) throws IOException {
    digest.reset();
    classPathDigest = null;
    Path projectDir = files.projectDir();
    String workspace = ContainerLayout.WORKSPACE.substring(1) + "/";
    int user =
        Integer.parseInt(ContainerLayout.USER.substring(0, ContainerLayout.USER.indexOf(':')));
    try (TarWriter tar = new TarWriter(out)) {
      tar.owner(user);
      tar.addDirectory(workspace, 0755);
      Set<String> added = new LinkedHashSet<>();
      for (String file : files.files()) {
        if (added.add(file)) {
          tar.addProjectFile(workspace + file, projectDir.resolve(file));
        }
      }
      // A project jar on the class path goes in as the build made it, even through a link.
      Set<String> jarNames = new HashSet<>();
      jars.forEach(jar -> jarNames.add(relative(projectDir, jar)));
      for (Map.Entry<String, String> link : files.links().entrySet()) {
        if (!jarNames.contains(link.getKey()) && added.add(link.getKey())) {
          tar.addSymlink(workspace + link.getKey(), link.getValue());
        }
      }
      for (Path jar : jars) {
        String relative = relative(projectDir, jar);
        if (added.add(relative)) {
          tar.addFile(workspace + relative, jar, Files.isExecutable(jar), digested(relative));
        }
      }
      for (Path dir : classDirs) {
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path file : walk.sorted().toList()) {
            String relative = relative(projectDir, file);
            // A link among the classes stays a link, like one among the project files.
            if (Files.isSymbolicLink(file) && added.add(relative)) {
              String target = Files.readSymbolicLink(file).toString();
              tar.addSymlink(workspace + relative, target);
              digested(relative).update(target.getBytes(StandardCharsets.UTF_8));
            } else if (Files.isRegularFile(file) && added.add(relative)) {
              tar.addFile(workspace + relative, file, false, digested(relative));
            }
          }
        }
      }
      tar.owner(user);
      tar.addDirectory(ContainerLayout.REPORTS.substring(1), 0755);
      tar.owner(0);
      for (Map.Entry<String, String> descriptor : sorted(descriptors)) {
        tar.addText("testshard/" + descriptor.getKey(), descriptor.getValue());
        digested(descriptor.getKey())
            .update(descriptor.getValue().getBytes(StandardCharsets.UTF_8));
      }
      for (Map.Entry<String, String> link : sorted(links)) {
        tar.addSymlink("testshard/" + link.getKey(), link.getValue());
        digested(link.getKey()).update(link.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    classPathDigest = HexFormat.of().formatHex(digest.digest());
  }

  /**
   * A SHA-256 of every class file and project jar in the layer (paths and bytes as written) and of
   * the module descriptors; available once {@link #writeTo} has returned.
   */
  String classPathDigest() {
    if (classPathDigest == null) {
      throw new IllegalStateException("the layer has not been written yet");
    }
    return classPathDigest;
  }

  /** The digest, after the entry's name, ready for its content. */
  private MessageDigest digested(String name) {
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    return digest;
  }

  private static List<Map.Entry<String, String>> sorted(Map<String, String> map) {
    return map.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
  }

  private static String relative(Path base, Path file) {
    return base.relativize(file).toString().replace('\\', '/');
  }
}
