package dev.testshard.runner.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerArchiveTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static List<String> strings(JsonNode array) {
    return JSON.convertValue(array, new TypeReference<List<String>>() {});
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void theArchiveHoldsTheNewLayerOnlyAndAConfigurationThatStacksItOnTheParent() throws Exception {
    byte[] layerBytes = "a layer's tar".repeat(1000).getBytes(StandardCharsets.UTF_8);
    Path layer = Files.write(dir.resolve("layer.tar"), layerBytes);
    Map<String, Object> parentConfig = new LinkedHashMap<>();
    parentConfig.put("Env", List.of("JAVA_HOME=/jdk"));
    parentConfig.put("User", "10001:10001");
    parentConfig.put("Labels", Map.of("dev.testshard", "true"));
    LayerArchive archive =
        new LayerArchive(
            new LayerArchive.Parent(
                "amd64", "linux", parentConfig, List.of("sha256:aaa", "sha256:bbb")),
            layer,
            "testshard-run:r1",
            Map.of("dev.testshard.run", "r1"));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    archive.writeTo(out);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        entries.put(entry.getName(), tar.readAllBytes());
      }
    }

    JsonNode manifest = JSON.readTree(entries.get("manifest.json")).get(0);
    String configName = manifest.get("Config").asText();
    byte[] configBytes = entries.get(configName);
    assertThat(configName).isEqualTo(sha256(configBytes) + ".json");
    assertThat(manifest.get("RepoTags")).hasSize(1);
    assertThat(manifest.get("RepoTags").get(0).asText()).isEqualTo("testshard-run:r1");
    assertThat(strings(manifest.get("Layers")))
        .containsExactly("0/layer.tar", "1/layer.tar", "2/layer.tar");
    // Only the new layer is in the archive; the engine finds the parent's by their digests.
    assertThat(entries.keySet()).containsExactly("2/layer.tar", configName, "manifest.json");
    assertThat(entries.get("2/layer.tar")).isEqualTo(layerBytes);

    JsonNode config = JSON.readTree(configBytes);
    assertThat(strings(config.at("/rootfs/diff_ids")))
        .containsExactly("sha256:aaa", "sha256:bbb", "sha256:" + sha256(layerBytes));
    assertThat(config.at("/rootfs/type").asText()).isEqualTo("layers");
    assertThat(config.at("/architecture").asText()).isEqualTo("amd64");
    assertThat(config.at("/config/User").asText()).isEqualTo("10001:10001");
    assertThat(config.at("/config/Env/0").asText()).isEqualTo("JAVA_HOME=/jdk");
    assertThat(
            JSON.convertValue(
                config.at("/config/Labels"), new TypeReference<Map<String, String>>() {}))
        .isEqualTo(Map.of("dev.testshard", "true", "dev.testshard.run", "r1"));
  }
}
