package dev.testshard.runner.snapshot;

import dev.testshard.runner.docker.ContainerEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The base and dependency images as one tar archive in a directory that a CI cache keeps, so that a
 * fresh runner loads them instead of building them. {@code images.tar} holds the images ({@code
 * docker save}: layers they share stored once), {@code images.txt} their tags, one a line. Only the
 * images a run needs again are saved, never the per-run image; an archive of other images (a JDK or
 * dependency that changed) is replaced, so stale images do not pile up in the cache.
 *
 * <p>The cache is only a hint: a broken archive or a full disk is one warning, and the run builds
 * what it needs. Not thread-safe.
 */
public final class ImageCache {

  static final String ARCHIVE = "images.tar";
  static final String TAGS = "images.txt";

  private final ContainerEngine engine;
  private final Path dir;
  private final Consumer<String> say;
  private final Consumer<String> warn;

  /**
   * @param say receives a line for what was loaded or saved
   * @param warn receives a line for what failed
   */
  public ImageCache(ContainerEngine engine, Path dir, Consumer<String> say, Consumer<String> warn) {
    this.engine = engine;
    this.dir = dir;
    this.say = say;
    this.warn = warn;
  }

  /**
   * Loads the archive when the engine lacks one of its images.
   *
   * @return whether images were loaded
   */
  public boolean load() {
    Path archive = dir.resolve(ARCHIVE);
    List<String> tags = savedTags();
    if (tags.isEmpty() || !Files.isRegularFile(archive)) {
      say.accept("image cache " + dir + " is empty; images built now are saved there");
      return false;
    }
    if (tags.stream().allMatch(tag -> engine.imageId(tag).isPresent())) {
      return false;
    }
    long start = System.nanoTime();
    try (InputStream in = Files.newInputStream(archive)) {
      engine.loadImages(in);
    } catch (IOException | RuntimeException e) {
      warn.accept("cannot load the image cache " + archive + ": " + e.getMessage());
      return false;
    }
    say.accept(
        String.format(
            Locale.ROOT,
            "loaded %s from the image cache %s in %.1f s",
            String.join(", ", tags),
            archive,
            (System.nanoTime() - start) / 1e9));
    return true;
  }

  /**
   * Saves these images unless the archive holds exactly them already.
   *
   * @return whether the archive was written
   */
  public boolean save(List<String> tags) {
    if (tags.equals(savedTags()) && Files.isRegularFile(dir.resolve(ARCHIVE))) {
      return false;
    }
    long start = System.nanoTime();
    Path archive = dir.resolve(ARCHIVE);
    Path partial = dir.resolve(ARCHIVE + ".partial");
    try {
      Files.createDirectories(dir);
      // The tag list goes first: a run cut short between the two files then sees no archive.
      Files.deleteIfExists(dir.resolve(TAGS));
      try (OutputStream out = Files.newOutputStream(partial)) {
        engine.saveImages(tags, out);
      }
      Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(dir.resolve(TAGS), String.join("\n", tags) + "\n", StandardCharsets.UTF_8);
      say.accept(
          String.format(
              Locale.ROOT,
              "saved %s to the image cache %s (%d MB) in %.1f s",
              String.join(", ", tags),
              archive,
              Files.size(archive) >> 20,
              (System.nanoTime() - start) / 1e9));
      return true;
    } catch (IOException | RuntimeException e) {
      warn.accept("cannot save the image cache " + archive + ": " + e.getMessage());
      try {
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        // the next save replaces it
      }
      return false;
    }
  }

  /** The tags the archive holds, empty when there is none or the list cannot be read. */
  List<String> savedTags() {
    Path list = dir.resolve(TAGS);
    try {
      return Files.isRegularFile(list)
          ? Files.readAllLines(list, StandardCharsets.UTF_8).stream()
              .map(String::strip)
              .filter(line -> !line.isEmpty())
              .toList()
          : List.of();
    } catch (IOException e) {
      return List.of();
    }
  }
}
