package dev.testshard.runner.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.EngineException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageCacheTest {

  @TempDir Path dir;

  /** An engine that holds image tags, saves them as their names and loads what it saved. */
  private final Set<String> images = new HashSet<>();

  private final List<String> calls = new ArrayList<>();
  private final List<String> said = new ArrayList<>();
  private final List<String> warned = new ArrayList<>();
  private boolean brokenLoad;

  private final ContainerEngine engine =
      (ContainerEngine)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {ContainerEngine.class},
              (proxy, method, args) -> {
                switch (method.getName()) {
                  case "imageId" -> {
                    return images.contains((String) args[0])
                        ? Optional.of("sha256:" + args[0])
                        : Optional.empty();
                  }
                  case "saveImages" -> {
                    @SuppressWarnings("unchecked")
                    List<String> tags = (List<String>) args[0];
                    calls.add("save " + tags);
                    ((OutputStream) args[1])
                        .write(String.join("\n", tags).getBytes(StandardCharsets.UTF_8));
                    return null;
                  }
                  case "loadImages" -> {
                    calls.add("load");
                    if (brokenLoad) {
                      throw new EngineException(
                          "Docker could not load images: unexpected EOF", null);
                    }
                    String content =
                        new String(((InputStream) args[0]).readAllBytes(), StandardCharsets.UTF_8);
                    images.addAll(List.of(content.split("\n")));
                    return null;
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                }
              });

  private ImageCache cache() {
    return new ImageCache(engine, dir.resolve("cache"), said::add, warned::add);
  }

  @Test
  void savesTheImagesAndLoadsThemIntoAnEngineThatLacksThem() {
    images.addAll(List.of("testshard-jdk:a", "testshard-deps:b"));

    assertThat(cache().save(List.of("testshard-jdk:a", "testshard-deps:b"))).isTrue();
    images.clear();
    boolean loaded = cache().load();

    assertThat(loaded).isTrue();
    assertThat(images).containsExactlyInAnyOrder("testshard-jdk:a", "testshard-deps:b");
    assertThat(calls).containsExactly("save [testshard-jdk:a, testshard-deps:b]", "load");
    assertThat(said.get(1))
        .startsWith("loaded testshard-jdk:a, testshard-deps:b from the image cache");
    assertThat(warned).isEmpty();
  }

  @Test
  void neitherSavesNorLoadsWhatIsThereAlready() {
    images.addAll(List.of("testshard-jdk:a", "testshard-deps:b"));
    cache().save(List.of("testshard-jdk:a", "testshard-deps:b"));
    calls.clear();

    assertThat(cache().load()).isFalse();
    assertThat(cache().save(List.of("testshard-jdk:a", "testshard-deps:b"))).isFalse();
    assertThat(calls).isEmpty();
  }

  @Test
  void replacesAnArchiveOfImagesTheRunNoLongerUses() throws IOException {
    images.addAll(List.of("testshard-jdk:a", "testshard-deps:old", "testshard-deps:new"));
    cache().save(List.of("testshard-jdk:a", "testshard-deps:old"));

    assertThat(cache().save(List.of("testshard-jdk:a", "testshard-deps:new"))).isTrue();

    try (var files = Files.list(dir.resolve("cache"))) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrder("images.tar", "images.txt");
    }
    assertThat(Files.readString(dir.resolve("cache/images.tar")))
        .isEqualTo("testshard-jdk:a\ntestshard-deps:new");
    assertThat(cache().savedTags()).containsExactly("testshard-jdk:a", "testshard-deps:new");
  }

  @Test
  void anEmptyCacheLoadsNothingAndSaysSo() {
    assertThat(cache().load()).isFalse();

    assertThat(calls).isEmpty();
    assertThat(said).singleElement().asString().contains("is empty");
  }

  @Test
  void aBrokenArchiveIsAWarningAndTheRunGoesOn() {
    images.add("testshard-jdk:a");
    cache().save(List.of("testshard-jdk:a"));
    images.clear();
    brokenLoad = true;

    assertThat(cache().load()).isFalse();

    assertThat(warned)
        .singleElement()
        .asString()
        .startsWith("cannot load the image cache")
        .endsWith("unexpected EOF");
  }

  @Test
  void aCacheDirectoryThatCannotBeWrittenIsAWarning() throws IOException {
    images.add("testshard-jdk:a");
    Files.writeString(dir.resolve("cache"), "a file, not a directory");

    assertThat(cache().save(List.of("testshard-jdk:a"))).isFalse();

    assertThat(warned).singleElement().asString().startsWith("cannot save the image cache");
  }
}
