package dev.testshard.runner.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterServiceImagesTest {

  @Test
  void pinsAnImageFromARegistryByItsDigestThere() {
    assertThat(
            ClusterServiceImages.pinned(
                "postgres:16", List.of("127.0.0.1:5215/other@sha256:111", "postgres@sha256:222")))
        .contains("postgres@sha256:222");
    assertThat(
            ClusterServiceImages.pinned(
                "docker.io/library/postgres:16", List.of("postgres@sha256:222")))
        .contains("postgres@sha256:222");
    assertThat(
            ClusterServiceImages.pinned(
                "registry.example.com:5000/db/pg:15",
                List.of("registry.example.com:5000/db/pg@sha256:333")))
        .contains("registry.example.com:5000/db/pg@sha256:333");
  }

  @Test
  void anImageBuiltHereHasNoDigestOfItsOwnRepository() {
    assertThat(ClusterServiceImages.pinned("testshard-example/postgres:15", List.of())).isEmpty();
    // Pushed by an earlier run: the digest is the run registry's, not the image's own.
    assertThat(
            ClusterServiceImages.pinned(
                "testshard-example/postgres:15", List.of("127.0.0.1:5215/testshard@sha256:444")))
        .isEmpty();
  }

  @Test
  void repositoryDropsTheTagButNotAPort() {
    assertThat(ClusterServiceImages.repository("localhost:5000/pg")).isEqualTo("localhost:5000/pg");
    assertThat(ClusterServiceImages.repository("localhost:5000/pg:15"))
        .isEqualTo("localhost:5000/pg");
    assertThat(ClusterServiceImages.repository("pg@sha256:1")).isEqualTo("pg");
  }

  @Test
  void tagsAPushedImageByItsId() {
    assertThat(ClusterServiceImages.tag("testshard-example/postgres:15", "sha256:0123456789abcdef"))
        .isEqualTo("service-postgres-0123456789ab");
  }
}
