package dev.testshard.runner.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testshard.runner.common.TestshardException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReaderTest {

  @TempDir Path dir;

  private ProjectConfig read(String yaml) throws IOException {
    Path file = dir.resolve("testshard.yaml");
    Files.writeString(file, yaml);
    return ConfigReader.read(file);
  }

  private void assertRejected(String yaml, String message) {
    assertThatThrownBy(() -> read(yaml))
        .isInstanceOf(TestshardException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((TestshardException) e).exitCode()).isEqualTo(2));
  }

  @Test
  void readsOptionsEnvironmentAndAFullService() throws IOException {
    ProjectConfig config =
        read(
            """
            parallel: 4
            shard-by: class
            env:
              DATABASE_URL: jdbc:postgresql://db:5432/notes
            services:
              db:
                image: postgres:16
                env: { POSTGRES_PASSWORD: notes }
                command: postgres -c 'fsync=off'
                ports: [5432]
                ready:
                  log: "ready to accept connections"
                  times: 2
                  timeout: 90s
                  interval: 250ms
                setup:
                  - run: ["psql", "-c", "select 1"]
                  - run: java -cp ${classpath} Migrate
                    in: test
            """);
    assertThat(config.options()).containsEntry("parallel", "4").containsEntry("shard-by", "class");
    assertThat(config.env()).containsEntry("DATABASE_URL", "jdbc:postgresql://db:5432/notes");
    ServiceSpec db = config.services().get(0);
    assertThat(db.name()).isEqualTo("db");
    assertThat(db.image()).isEqualTo("postgres:16");
    assertThat(db.command()).containsExactly("postgres", "-c", "fsync=off");
    assertThat(db.ports()).containsExactly(5432);
    assertThat(db.ready().kind()).isEqualTo(Readiness.Kind.LOG);
    assertThat(((Readiness.LogLine) db.ready()).times()).isEqualTo(2);
    assertThat(db.ready().timeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(db.ready().interval()).isEqualTo(Duration.ofMillis(250));
    assertThat(db.setup())
        .containsExactly(
            new SetupStep(List.of("psql", "-c", "select 1"), false),
            new SetupStep(List.of("java", "-cp", "${classpath}", "Migrate"), true));
  }

  @Test
  void aServiceWithPortsAndNoCheckIsReadyWhenItsFirstPortAnswers() throws IOException {
    ServiceSpec cache =
        read("services:\n  cache:\n    image: redis:7\n    ports: [6379, 16379]\n")
            .services()
            .get(0);
    assertThat(cache.ready().kind()).isEqualTo(Readiness.Kind.TCP);
    assertThat(((Readiness.Tcp) cache.ready()).port()).isEqualTo(6379);
    ServiceSpec plain = read("services:\n  x:\n    image: busybox\n").services().get(0);
    assertThat(plain.ready().kind()).isEqualTo(Readiness.Kind.STARTED);
  }

  @Test
  void readsAnHttpCheckWithDefaults() throws IOException {
    Readiness.Http http =
        (Readiness.Http)
            read("services:\n  app:\n    image: app\n    ready:\n      http: { port: 8080 }\n")
                .services()
                .get(0)
                .ready();
    assertThat(http.kind()).isEqualTo(Readiness.Kind.HTTP);
    assertThat(http.path()).isEqualTo("/");
    assertThat(http.status()).isEqualTo(200);
    assertThat(http.describe()).isEqualTo("http 8080/ -> 200");
  }

  @Test
  void anEmptyFileIsAnEmptyConfiguration() throws IOException {
    ProjectConfig config = read("");
    assertThat(config.options()).isEmpty();
    assertThat(config.services()).isEmpty();
  }

  @Test
  void namesTheKeyOfEveryMistake() {
    assertRejected(
        "services:\n  db:\n    image: x\n    ready: { tpc: 5432 }\n",
        "testshard.yaml: services.db.ready: unknown key 'tpc'");
    assertRejected("services:\n  db:\n    env: {}\n", "services.db: a service needs an image");
    assertRejected(
        "services:\n  db:\n    image: x\n    ready: { tcp: 1, log: y }\n",
        "give exactly one of tcp, http, log, cmd");
    assertRejected(
        "services:\n  db:\n    image: x\n    ready: { tcp: 70000 }\n",
        "services.db.ready.tcp: expected a number from 1 to 65535");
    assertRejected(
        "services:\n  db:\n    image: x\n    ready: { tcp: 1, timeout: soon }\n",
        "services.db.ready.timeout: 'soon' is not a duration");
    assertRejected(
        "services:\n  db:\n    image: x\n    setup: [ { run: ls, in: host } ]\n",
        "services.db.setup[0].in: expected 'service' or 'test'");
    assertRejected("services:\n  Db_1!:\n    image: x\n", "cannot be a service name");
    assertRejected(
        "services:\n  db:\n    image: x\n    ready: { log: '(' }\n",
        "not a valid regular expression");
    assertRejected("parallel: [1, 2]\n", "parallel: expected a single value");
    assertRejected("services:\n  db:\n    image: x\n    command: \"a 'b\"\n", "unclosed '");
  }

  @Test
  void rejectsBrokenYamlWithItsPosition() {
    assertRejected("services:\n  db: [\n", "testshard.yaml: not valid YAML at line");
    assertRejected("parallel: 1\nparallel: 2\n", "Duplicate field 'parallel'");
  }

  @Test
  void rejectsUnknownAndCyclicDependencies() {
    assertRejected(
        "services:\n  app:\n    image: a\n    depends-on: [db]\n",
        "service app depends on db, which is not defined");
    assertRejected(
        "services:\n  a:\n    image: a\n    depends-on: [b]\n  b:\n    image: b\n"
            + "    depends-on: [a]\n",
        "cycle: a, b");
  }

  @Test
  void aMissingExplicitFileIsAUsageError() {
    assertThatThrownBy(() -> ConfigReader.read(dir.resolve("nope.yaml")))
        .isInstanceOf(TestshardException.class)
        .hasMessageContaining("nope.yaml not found");
  }

  @Test
  void importsServicesFromAComposeFileNextToIt() throws IOException {
    Files.writeString(
        dir.resolve("docker-compose.yml"),
        """
        services:
          db:
            image: postgres:16
            environment:
              - POSTGRES_PASSWORD=notes
            healthcheck:
              test: ["CMD", "pg_isready", "-U", "notes"]
              interval: 2s
              retries: 5
        """);
    ProjectConfig config =
        read("services:\n  from: docker-compose.yml\n  cache:\n    image: redis:7\n");
    assertThat(config.services()).extracting(ServiceSpec::name).containsExactly("db", "cache");
    Readiness.Command db = (Readiness.Command) config.services().get(0).ready();
    assertThat(db.kind()).isEqualTo(Readiness.Kind.CMD);
    assertThat(db.command()).containsExactly("pg_isready", "-U", "notes");
    assertThat(db.timeout()).isEqualTo(Duration.ofSeconds(10));
  }
}
