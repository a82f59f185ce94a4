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
    Readiness.Command ready =
        (Readiness.Command)
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
  void interpolatesEveryValueFromTheEnvFileBesideTheComposeFileWithTheEnvironmentWinning()
      throws IOException {
    Files.writeString(
        dir.resolve(".env"),
        """
        # read by docker compose and testshard alike
        export DB_PASSWORD="from .env"
        PG_VERSION=15
        DB_PORT=6543
        RETRIES=7
        DB_URL=postgresql://db:${DB_PORT}/notes
        """);
    ServiceSpec db =
        read("""
                services:
                  db:
                    image: postgres:${PG_VERSION:?}
                    environment:
                      - POSTGRES_PASSWORD=${DB_PASSWORD:?set DB_PASSWORD in .env}
                      - URL=$DB_URL
                      - OPTIONAL=${UNSET:+never}${DB_PORT:+port set}
                      - DB_PORT
                      - NOT_ANYWHERE
                    ports: ["${DB_PORT}"]
                    healthcheck:
                      test: ["CMD", "pg_isready"]
                      interval: 1s
                      retries: ${RETRIES}
                """)
            .get(0);

    assertThat(db.image()).as("the environment wins over .env").isEqualTo("postgres:16");
    assertThat(db.env())
        .isEqualTo(
            Map.of(
                "POSTGRES_PASSWORD", "from .env",
                "URL", "postgresql://db:6543/notes",
                "OPTIONAL", "port set",
                "DB_PORT", "6543"));
    assertThat(db.ports()).containsExactly(6543);
    assertThat(db.ready().timeout()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void aRequiredVariableWithoutAValueIsOneLineNamingTheFileTheKeyAndTheMessage() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    services:
                      db:
                        image: postgres:16
                        environment:
                          POSTGRES_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD in .env}
                    """))
        .isInstanceOf(TestshardException.class)
        .hasMessage(
            "compose.yaml: services.db.environment.POSTGRES_PASSWORD: required variable"
                + " DB_PASSWORD is missing a value: set DB_PASSWORD in .env")
        .extracting(e -> ((TestshardException) e).exitCode())
        .isEqualTo(2);
  }

  @Test
  void aMalformedEnvFileOrExpressionIsOneLineNamingWhere() throws IOException {
    assertThatThrownBy(() -> read("services:\n  db:\n    image: postgres:${PG_VERSION\n"))
        .hasMessageStartingWith(
            "compose.yaml: services.db.image: invalid interpolation format in 'postgres:${PG");
    Files.writeString(dir.resolve(".env"), "A=1\nB='never closed\n");
    assertThatThrownBy(() -> read("services:\n  db:\n    image: x\n"))
        .isInstanceOf(TestshardException.class)
        .hasMessage(".env: line 2: the value's single quote is never closed");
  }

  @Test
  void whatInterpolationLeavesIsLiteralToTestshardsOwnTemplates() throws IOException {
    ServiceSpec db =
        read("""
                services:
                  db:
                    image: postgres:16
                    environment:
                      SHELL_VARIABLE: $${HOME}
                      TEMPLATE_LOOKALIKE: $${shard.id}
                    command: ["sh", "-c", "echo $$PG_VERSION $PG_VERSION"]
                """)
            .get(0);
    ProjectConfig config =
        new ProjectConfig(dir.resolve("testshard.yaml"), Map.of(), Map.of(), List.of(db));

    Templates.check(config);
    assertThat(Templates.expand(db.env().get("SHELL_VARIABLE"), Map.of(), Map.of()))
        .isEqualTo("${HOME}");
    assertThat(
            Templates.expand(db.env().get("TEMPLATE_LOOKALIKE"), Map.of("shard.id", "1"), Map.of()))
        .isEqualTo("${shard.id}");
    assertThat(Templates.expand(db.command(), Map.of(), Map.of()))
        .containsExactly("sh", "-c", "echo $PG_VERSION 16");
  }
}
