package dev.testshard.runner.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testshard.runner.common.TestshardException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeImportTest {

  @TempDir Path dir;

  private List<ServiceSpec> read(String yaml) throws IOException {
    Path file = dir.resolve("compose.yaml");
    Files.writeString(file, yaml);
    return ComposeImport.read(file, Map.of("PG_VERSION", "16", "EMPTY", ""));
  }

  @Test
  void readsImageEnvironmentCommandPortsAndDependencies() throws IOException {
    List<ServiceSpec> services =
        read(
            """
            version: "3.8"
            services:
              db:
                image: postgres:${PG_VERSION}
                environment:
                  POSTGRES_USER: notes
                  POSTGRES_DB: ${EMPTY:-notes}
                ports: ["15432:5432"]
                restart: always
              app:
                image: notes:latest
                command: ["java", "-jar", "app.jar"]
                expose: ["8080"]
                depends_on:
                  db:
                    condition: service_healthy
            """);
    ServiceSpec db = services.get(0);
    assertThat(db.image()).isEqualTo("postgres:16");
    assertThat(db.env())
        .containsEntry("POSTGRES_USER", "notes")
        .containsEntry("POSTGRES_DB", "notes");
    assertThat(db.ports()).containsExactly(5432);
    assertThat(db.ready().kind()).isEqualTo(Readiness.Kind.TCP);
    ServiceSpec app = services.get(1);
    assertThat(app.command()).containsExactly("java", "-jar", "app.jar");
    assertThat(app.ports()).containsExactly(8080);
    assertThat(app.dependsOn()).containsExactly("db");
  }

  @Test
  void turnsAShellHealthcheckIntoACommandCheckWithComposesPatience() throws IOException {
    Readiness ready =
        read("""
                services:
                  db:
                    image: postgres:16
                    healthcheck:
                      test: pg_isready -U notes
                      interval: 5s
                      retries: 10
                      start_period: 30s
                """)
            .get(0)
            .ready();
    assertThat(ready.command()).containsExactly("/bin/sh", "-c", "pg_isready -U notes");
    assertThat(ready.timeout()).isEqualTo(Duration.ofSeconds(80));
    assertThat(ready.interval()).isEqualTo(Readiness.DEFAULT_INTERVAL);
  }

  @Test
  void namesWhatItDoesNotSupport() {
    assertThatThrownBy(
            () -> read("services:\n  db:\n    image: x\n    volumes: [\"./data:/data\"]\n"))
        .isInstanceOf(TestshardException.class)
        .hasMessageContaining("compose.yaml: services.db: 'volumes' is not supported");
    assertThatThrownBy(() -> read("services:\n  db:\n    build: .\n"))
        .hasMessageContaining("'build' is not supported");
    assertThatThrownBy(() -> read("services: {}\nvolumes:\n  data: {}\n"))
        .hasMessageContaining("unknown key 'volumes'");
  }

  @Test
  void interpolatesLikeCompose() {
    Map<String, String> env = Map.of("A", "1", "E", "");
    assertThat(ComposeImport.interpolate("$A-${A}-${B:-x}-${E:-y}-${E-z}-$$A", env))
        .isEqualTo("1-1-x-y--$A");
  }
}
