package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of bad input a user can give: one clear line on standard error (the last one, when
 * Maven's own errors come first), the documented exit code, no stack trace.
 */
class BadInputIT {

  @TempDir static Path temp;
  private static Path project;
  private static Path broken;

  @BeforeAll
  static void prepareProjects() throws Exception {
    project = Examples.copy("junit4", temp.resolve("junit4"));
    broken = Examples.copy("junit4", temp.resolve("broken"));
    Path source = broken.resolve("src/test/java/com/example/legacy/math/FractionTest.java");
    Files.writeString(source, "class Broken { this does not compile }", StandardCharsets.UTF_8);
    Files.writeString(temp.resolve("a-file"), "not a directory");
    Files.createDirectories(temp.resolve("not-maven"));
    Files.writeString(temp.resolve("typo.yaml"), "paralel: 4\n");
    Files.writeString(temp.resolve("broken.yaml"), "services:\n  db: [\n");
    Files.writeString(temp.resolve("no-image.yaml"), "services:\n  db:\n    ports: [5432]\n");
    Files.writeString(
        temp.resolve("template.yaml"), "env:\n  URL: jdbc:postgresql://db/${shard.number}\n");
    Files.writeString(temp.resolve("compose.yaml"), "services:\n  from: compose-file.yml\n");
    Files.writeString(
        temp.resolve("compose-file.yml"), "services:\n  db:\n    image: x\n    volumes: [a:/b]\n");
    composeWithEnvFile(
        "required", "PASSWORD: ${TESTSHARD_IT_NEVER_SET:?set it in .env}", "# nothing here\n");
    composeWithEnvFile("dotenv", "PASSWORD: ${PASSWORD}", "PASSWORD=\"never closed\n");
  }

  /** A testshard.yaml importing a compose file whose service has one environment entry. */
  private static void composeWithEnvFile(String dir, String environment, String dotEnv)
      throws Exception {
    Path where = Files.createDirectories(temp.resolve(dir));
    Files.writeString(where.resolve("testshard.yaml"), "services:\n  from: compose.yml\n");
    Files.writeString(
        where.resolve("compose.yml"),
        "services:\n  db:\n    image: x\n    environment:\n      " + environment + "\n");
    Files.writeString(where.resolve(".env"), dotEnv);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "unknown flag              | 2 | --frobnicate                        | Unknown option",
        "bad value                 | 2 | --parallel many                     | Invalid value",
        "parallel zero             | 2 | --parallel 0                        | --parallel: must be at least 1",
        "bad duration              | 2 | --shard-timeout soon                | not a duration",
        "bad memory size           | 2 | --memory lots                       | size like 512m",
        "bad shard unit            | 2 | --shard-by folder                   | Invalid value",
        "negative retries          | 2 | --rerun-failing -1                  | must not be negative",
        "bad include pattern       | 2 | --include (                         | not a valid regular expression",
        "missing project           | 2 | --project {temp}/nope               | does not exist",
        "not a Maven project       | 2 | --project {temp}/not-maven          | no pom.xml",
        "compile failure           | 2 | --project {broken}                  | the Maven build failed",
        "report dir is a file      | 2 | --report-dir {temp}/a-file          | is not writable",
        "no tests match            | 3 | --include NoSuchTest                | no tests found",
        "config file missing       | 2 | --config {temp}/nope.yaml           | nope.yaml not found",
        "config unknown key        | 2 | --config {temp}/typo.yaml           | typo.yaml: unknown key 'paralel'",
        "config broken YAML        | 2 | --config {temp}/broken.yaml         | broken.yaml: not valid YAML at line",
        "config service no image   | 2 | --config {temp}/no-image.yaml       | services.db: a service needs an image",
        "config unknown template   | 2 | --config {temp}/template.yaml       | unknown template ${shard.number}",
        "compose unsupported key   | 2 | --config {temp}/compose.yaml        | 'volumes' is not supported",
        "compose required variable | 2 | --config {temp}/required/testshard.yaml | compose.yml: services.db.environment.PASSWORD: required variable TESTSHARD_IT_NEVER_SET is missing a value: set it in .env",
        "compose bad .env          | 2 | --config {temp}/dotenv/testshard.yaml   | .env: line 1: the value's double quote is never closed",
      })
  void badInputIsOneLineWithTheDocumentedExitCode(
      String what, int exitCode, String options, String message) {
    List<String> args = new ArrayList<>(List.of("run"));
    if (!options.contains("--project")) {
      args.add("--project");
      args.add(project.toString());
    }
    for (String word : options.split(" ")) {
      args.add(word.replace("{temp}", temp.toString()).replace("{broken}", broken.toString()));
    }

    Cli.Result result = Cli.run(args.toArray(String[]::new));

    assertThat(result.exitCode()).as(what + ": " + result.err()).isEqualTo(exitCode);
    List<String> lines = result.errLines();
    assertThat(lines).isNotEmpty();
    String last = lines.get(lines.size() - 1);
    if (what.equals("unknown flag")
        || what.startsWith("bad value")
        || what.startsWith("bad shard")) {
      // picocli's message, then the hint
      assertThat(result.err()).contains(message).contains("--help");
    } else {
      assertThat(last).startsWith("testshard: ").contains(message);
    }
    if (!what.equals("compile failure")) {
      assertThat(lines).hasSizeLessThanOrEqualTo(2);
    }
    assertThat(result.err()).doesNotContain("\tat ").doesNotContain("Exception in thread");
  }
}
