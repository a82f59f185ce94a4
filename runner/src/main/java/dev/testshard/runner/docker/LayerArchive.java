package dev.testshard.runner.docker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * An image made of one the engine has plus one layer, as an image archive in {@code docker save}'s
 * format, which {@code POST /images/load} reads: the layer's tar, a configuration that is the
 * parent's with the layer's digest added to its {@code rootfs} and the labels added to its own, and
 * a manifest that tags it. The engine looks each of the parent's layers up by its chain of digests
 * and finds it, so the archive holds none of their files: what it unpacks is the one new layer,
 * once. Committing a container costs that unpacking twice more (into the container, then into the
 * committed layer) and a container to create and remove.
 */
final class LayerArchive {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the archive needs of the parent image. */
  record Parent(String architecture, String os, Object config, List<String> diffIds) {}

  private final Parent parent;
  private final Path layer;
  private final String tag;
  private final Map<String, String> labels;

  /**
   * @param layer the layer as an uncompressed tar
   */
  LayerArchive(Parent parent, Path layer, String tag, Map<String, String> labels) {
    this.parent = parent;
    this.layer = layer;
    this.tag = tag;
    this.labels = Map.copyOf(labels);
  }

  /**
   * The image's configuration, as the engine will store it (its id is this JSON's SHA-256).
   *
   * @param diffId the new layer's id: {@code sha256:} and the SHA-256 of its uncompressed tar
   */
  byte[] config(String diffId) throws IOException {
    ObjectNode config = JSON.createObjectNode();
    config.put("architecture", parent.architecture());
    config.put("os", parent.os());
    config.put("created", Instant.now().toString());
    ObjectNode runConfig =
        parent.config() == null ? JSON.createObjectNode() : JSON.valueToTree(parent.config());
    ObjectNode allLabels =
        runConfig.get("Labels") instanceof ObjectNode existing
            ? existing
            : runConfig.putObject("Labels");
    labels.forEach(allLabels::put);
    config.set("config", runConfig);
    ObjectNode rootfs = config.putObject("rootfs");
    rootfs.put("type", "layers");
    ArrayNode diffIds = rootfs.putArray("diff_ids");
    parent.diffIds().forEach(diffIds::add);
    diffIds.add(diffId);
    return JSON.writeValueAsBytes(config);
  }

  /**
   * Writes the archive. The engine reads all of it before it looks at any part, so the layer comes
   * first, digested as it goes: the configuration that names its digest follows it.
   */
  void writeTo(OutputStream out) throws IOException {
    int layers = parent.diffIds().size() + 1;
    List<String> layerPaths = IntStream.range(0, layers).mapToObj(i -> i + "/layer.tar").toList();
    TarArchiveOutputStream tar = new TarArchiveOutputStream(out, StandardCharsets.UTF_8.name());
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    // Only the new layer's file: the parent's are found by digest (their paths name no file).
    TarArchiveEntry layerEntry = new TarArchiveEntry(layerPaths.get(layers - 1));
    layerEntry.setSize(Files.size(layer));
    tar.putArchiveEntry(layerEntry);
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(layer), digest)) {
      in.transferTo(tar);
    }
    tar.closeArchiveEntry();
    byte[] config = config("sha256:" + HexFormat.of().formatHex(digest.digest()));
    String configName = HexFormat.of().formatHex(sha256().digest(config)) + ".json";
    ObjectNode entry = JSON.createObjectNode();
    entry.put("Config", configName);
    entry.putArray("RepoTags").add(tag);
    ArrayNode paths = entry.putArray("Layers");
    layerPaths.forEach(paths::add);
    byte[] manifest = JSON.writeValueAsBytes(JSON.createArrayNode().add(entry));
    add(tar, configName, config);
    add(tar, "manifest.json", manifest);
    tar.finish();
    tar.flush();
  }

  private static void add(TarArchiveOutputStream tar, String name, byte[] content)
      throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(content.length);
    tar.putArchiveEntry(entry);
    tar.write(content);
    tar.closeArchiveEntry();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
