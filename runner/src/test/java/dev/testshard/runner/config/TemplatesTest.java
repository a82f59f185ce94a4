package dev.testshard.runner.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testshard.runner.common.TestshardException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {

  private static final Map<String, String> VALUES =
      Map.of("shard.id", "com.x", "shard.index", "3", "run.id", "r1", "classpath", "/a:/b");

  @Test
  void expandsShardRunClasspathAndEnvironmentTemplates() {
    assertThat(
            Templates.expand(
                "db_${shard.index}/${shard.id}/${run.id}:${env.USER}:${env.NONE}:$$x",
                VALUES,
                Map.of("USER", "ci")))
        .isEqualTo("db_3/com.x/r1:ci::$x");
    assertThat(Templates.expand(List.of("-cp", "${classpath}"), VALUES, Map.of()))
        .containsExactly("-cp", "/a:/b");
  }

  @Test
  void rejectsUnknownTemplatesNamingTheFile() {
    assertThatThrownBy(() -> Templates.expand("${shard}", VALUES, Map.of()))
        .hasMessageContaining("unknown template ${shard}");
    ProjectConfig config =
        new ProjectConfig(
            java.nio.file.Path.of("testshard.yaml"),
            Map.of(),
            Map.of("URL", "jdbc:x://db/${shard.idx}"),
            List.of());
    assertThatThrownBy(() -> Templates.check(config))
        .isInstanceOf(TestshardException.class)
        .hasMessageStartingWith("testshard.yaml: unknown template ${shard.idx}");
  }

  @Test
  void splitsCommandsAsAShellWould() {
    assertThat(CommandWords.split("psql -c \"select 'a b'\" x\\ y ''"))
        .containsExactly("psql", "-c", "select 'a b'", "x y", "");
    assertThatThrownBy(() -> CommandWords.split("a \"b")).hasMessageContaining("unclosed \"");
  }

  @Test
  void ordersServicesInWavesOfDependencies() {
    ServiceSpec db = service("db");
    ServiceSpec cache = service("cache");
    ServiceSpec app =
        new ServiceSpec(
            "app", "i", Map.of(), List.of(), List.of(), null, List.of(), List.of("db", "cache"));
    assertThat(ServiceOrder.waves(List.of(app, db, cache)))
        .containsExactly(List.of(db, cache), List.of(app));
  }

  private static ServiceSpec service(String name) {
    return new ServiceSpec(name, "i", Map.of(), List.of(), List.of(), null, List.of(), List.of());
  }
}
