package dev.testshard.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerSessionTest {

  private static final Map<String, String> WITH_ACCESS =
      Map.of(DockerSession.ACCESS_VARIABLE, "true");

  @Test
  void readsTestcontainersSessionIdWhenTheShardHasTheEngine() {
    assertThat(DockerSession.id(WITH_ACCESS, getClass().getClassLoader()))
        .isEqualTo("session-of-the-fixture");
  }

  @Test
  void readsNothingWithoutTheEngine() {
    assertThat(DockerSession.id(Map.of(), getClass().getClassLoader())).isNull();
    assertThat(
            DockerSession.id(
                Map.of(DockerSession.ACCESS_VARIABLE, "false"), getClass().getClassLoader()))
        .isNull();
  }

  @Test
  void readsNothingWhenTestcontainersIsNotOnTheClassPath() throws Exception {
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      assertThat(DockerSession.id(WITH_ACCESS, empty)).isNull();
    }
  }
}
