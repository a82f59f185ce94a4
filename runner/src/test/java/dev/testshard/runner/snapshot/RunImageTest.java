package dev.testshard.runner.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.EngineException;
import dev.testshard.runner.docker.EngineUnavailableException;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the per-run image is made: loaded as one layer, else committed from the same bytes. */
class RunImageTest {

  @TempDir Path project;

  private final List<String> calls = new ArrayList<>();
  private RuntimeException addLayerFails;
  private byte[] loaded;
  private byte[] copied;

  private final ContainerEngine engine =
      (ContainerEngine)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {ContainerEngine.class},
              (proxy, method, args) -> {
                calls.add(method.getName());
                switch (method.getName()) {
                  case "addLayer" -> {
                    loaded = Files.readAllBytes((Path) args[1]);
                    if (addLayerFails != null) {
                      throw addLayerFails;
                    }
                    return "sha256:loaded";
                  }
                  case "create" -> {
                    return "c1";
                  }
                  case "copyIn" -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ((ContainerEngine.BuildContext) args[2]).writeTo(out);
                    copied = out.toByteArray();
                    return null;
                  }
                  case "commit" -> {
                    return "sha256:committed";
                  }
                  case "removeContainer" -> {
                    return null;
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                }
              });

  @BeforeEach
  void aProject() throws Exception {
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Path classFile = project.resolve("target/test-classes/com/acme/CartTest.class");
    Files.createDirectories(classFile.getParent());
    Files.writeString(classFile, "bytes");
  }

  private RunLayer layer() {
    return RunLayerTest.layerOf(project);
  }

  private static byte[] written(RunLayer layer) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    layer.writeTo(out);
    return out.toByteArray();
  }

  @Test
  void theLayerIsLoadedOntoTheDependencyImageAndItsFileRemoved() throws Exception {
    RunLayer layer = layer();

    String image = RunImage.make(engine, "deps:1", layer, "testshard-run:r1", Map.of("k", "v"));

    assertThat(image).isEqualTo("sha256:loaded");
    assertThat(calls).containsExactly("addLayer");
    assertThat(loaded).isEqualTo(written(layer()));
    assertThat(layer.classPathDigest()).isEqualTo(digestOf(layer()));
    try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      assertThat(left.filter(f -> f.getFileName().toString().startsWith("testshard-run-layer-")))
          .isEmpty();
    }
  }

  @Test
  void anEngineThatRefusesTheArchiveGetsTheSameLayerCommitted() throws Exception {
    addLayerFails = new EngineException("Docker could not load image: unsupported", null);

    String image = RunImage.make(engine, "deps:1", layer(), "testshard-run:r1", Map.of());

    assertThat(image).isEqualTo("sha256:committed");
    assertThat(calls).containsExactly("addLayer", "create", "copyIn", "commit", "removeContainer");
    // The bytes written once: the working tree is not read again for the commit.
    assertThat(copied).isEqualTo(loaded);
  }

  @Test
  void anEngineThatIsGoneIsNotAskedAgain() {
    addLayerFails = new EngineUnavailableException("Docker could not load image: refused", null);

    assertThatThrownBy(() -> RunImage.make(engine, "deps:1", layer(), "t:1", Map.of()))
        .isSameAs(addLayerFails);
    assertThat(calls).containsExactly("addLayer");
  }

  private static String digestOf(RunLayer layer) throws Exception {
    written(layer);
    return layer.classPathDigest();
  }
}
