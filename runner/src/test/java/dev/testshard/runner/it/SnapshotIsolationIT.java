package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A developer switches branches while tests run: once "snapshot taken" is printed, changes to the
 * working tree (a resource a test reads, a test source, the compiled classes) must not reach the
 * run. The change is made synchronously when the line is printed, before any shard starts.
 */
class SnapshotIsolationIT {

  @TempDir Path temp;

  @Test
  void changesAfterTheSnapshotLineDoNotReachTheRun() throws Exception {
    Path project = Examples.copy("junit5-10", temp.resolve("project"));
    Path greeting = project.resolve("data/greeting.txt");
    assertThat(greeting).content(StandardCharsets.UTF_8).isEqualTo("hello from the snapshot\n");
    Path reader = sourceMentioning(project, "greeting.txt");
    String readerClass =
        project
            .resolve("src/test/java")
            .relativize(reader)
            .toString()
            .replace('/', '.')
            .replaceAll("\\.java$", "");

    boolean[] changed = {false};
    Writer onSnapshot =
        new Writer() {
          private final StringBuilder seen = new StringBuilder();

          @Override
          public void write(char[] buffer, int offset, int length) {
            seen.append(buffer, offset, length);
            if (!changed[0] && seen.indexOf("snapshot taken") >= 0) {
              changed[0] = true;
              switchBranch(project, greeting, reader);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };

    Cli.Result result =
        Cli.run(
            onSnapshot,
            "run",
            "--project",
            project.toString(),
            "--report-dir",
            temp.resolve("report").toString());

    assertThat(changed[0]).as("the working tree was changed after the snapshot line").isTrue();
    assertThat(greeting).content(StandardCharsets.UTF_8).isEqualTo("changed on another branch\n");
    assertThat(result.exitCode()).as(result.err()).isZero();
    RunReport report = new RunReport(temp.resolve("report"));
    List<TestCaseResult> readerCases =
        report.suites.stream()
            .filter(suite -> suite.name().equals(readerClass))
            .flatMap(suite -> suite.testCases().stream())
            .toList();
    assertThat(readerCases)
        .isNotEmpty()
        .allMatch(c -> c.outcome() != Outcome.FAILED && c.outcome() != Outcome.ERROR);
    assertThat(Counts.of(report.rootTotals)).isEqualTo(Counts.of(Examples.expected("junit5-10")));
  }

  private static void switchBranch(Path project, Path greeting, Path reader) {
    try {
      Files.writeString(greeting, "changed on another branch\n", StandardCharsets.UTF_8);
      Files.writeString(reader, "this does not compile {", StandardCharsets.UTF_8);
      Examples.deleteTree(project.resolve("target/test-classes"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path sourceMentioning(Path project, String text) throws IOException {
    try (Stream<Path> walk = Files.walk(project.resolve("src/test/java"))) {
      return walk.filter(p -> p.toString().endsWith(".java"))
          .filter(
              p -> {
                try {
                  return Files.readString(p).contains(text);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no test reads " + text));
    }
  }
}
