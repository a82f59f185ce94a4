package dev.testshard.runner.snapshot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where things live inside a shard container, and how host paths map there.
 *
 * <ul>
 *   <li>{@code /workspace/...} the project snapshot, same relative layout as on the host;
 *   <li>{@code /testshard/deps/<hash>/<file>} every class path entry outside the project, keyed by
 *       its host path so the same jar always lands at the same place (stable layers);
 *   <li>{@code /testshard/agent/...} the agent's code;
 *   <li>{@code /testshard/run/modules/<m>/} per module: {@code classpath}, {@code roots}, {@code
 *       java-args};
 *   <li>{@code /testshard/reports} the agent's XML reports, copied out after the container exits.
 * </ul>
 */
public final class ContainerLayout {

  public static final String WORKSPACE = "/workspace";
  public static final String DEPS = "/testshard/deps";
  public static final String AGENT = "/testshard/agent";
  public static final String MODULES = "/testshard/run/modules";

  /**
   * Where the agent writes the JUnit Platform's XML (and JaCoCo its coverage); copied out after the
   * container exits. Owned by the test user; not under {@code /tmp}, which is a size-limited tmpfs
   * whose content is gone once the container stops.
   */
  public static final String REPORTS = "/testshard/reports";

  /** The unprivileged user tests run as; owns the workspace so tests may write there. */
  public static final String USER = "10001:10001";

  private ContainerLayout() {}

  /** The container path of a host path under the project directory. */
  public static String inWorkspace(Path projectDir, Path hostPath) {
    String relative = projectDir.relativize(hostPath).toString().replace('\\', '/');
    return relative.isEmpty() ? WORKSPACE : WORKSPACE + "/" + relative;
  }

  /** The container path of a class path entry outside the project. */
  public static String inDeps(Path hostPath) {
    return DEPS
        + "/"
        + shortHash(hostPath.toAbsolutePath().toString())
        + "/"
        + hostPath.getFileName();
  }

  static String shortHash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
