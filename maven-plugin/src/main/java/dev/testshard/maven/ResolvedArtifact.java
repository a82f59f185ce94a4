package dev.testshard.maven;

import java.io.File;

/** A resolved jar: its coordinates and its file in the local repository. */
record ResolvedArtifact(String groupId, String artifactId, String version, File file) {
  /** {@code groupId:artifactId}, the key Surefire compares artifacts by. */
  String key() {
    return groupId + ":" + artifactId;
  }
}
