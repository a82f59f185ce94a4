package dev.testshard.runner.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testshard.report.JUnitXmlReader;
import dev.testshard.report.Totals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The example projects under {@code examples/}, and what Maven Surefire says about them. */
final class Examples {

  private Examples() {}

  static Path dir(String name) {
    Path root = Path.of(System.getProperty("testshard.examples", "../examples"));
    Path dir = root.resolve(name).toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("no example " + dir);
    }
    return dir;
  }

  /** Copies an example (without build output) so that a test may change it freely. */
  static Path copy(String name, Path target) throws IOException {
    Path source = dir(name);
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path path : walk.toList()) {
        Path relative = source.relativize(path);
        if (isBuildOutput(relative)) {
          continue;
        }
        Path destination = target.resolve(relative.toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(destination);
        } else {
          Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return target;
  }

  private static boolean isBuildOutput(Path relative) {
    for (Path part : relative) {
      if (part.toString().equals("target") || part.toString().equals(".testshard")) {
        return true;
      }
    }
    return false;
  }

  /** The counts recorded beside the example ({@code expected-surefire.json}). */
  static Totals expected(String name) throws IOException {
    JsonNode json =
        new ObjectMapper().readTree(dir(name).resolve("expected-surefire.json").toFile());
    return new Totals(
        json.get("tests").asInt(),
        json.get("failures").asInt(),
        json.get("errors").asInt(),
        json.get("skipped").asInt(),
        0);
  }

  /**
   * The test cases recorded beside the example ({@code expected-surefire-tests.txt}, made by
   * bin/surefire-cases), as {@link #casesOf} gives them; empty when the example has none.
   */
  static Optional<List<String>> expectedTests(String name) throws IOException {
    Path file = dir(name).resolve("expected-surefire-tests.txt");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(
        Files.readAllLines(file).stream()
            .filter(line -> !line.startsWith("#") && !line.isBlank())
            .toList());
  }

  /**
   * Runs Maven Surefire on a copy of a project, with extra arguments ({@code -Dtest=...}), and
   * returns its XML reports.
   */
  static List<Path> surefire(Path project, String... args) throws Exception {
    return maven(project, "test", args);
  }

  /**
   * Runs only Maven Surefire's {@code test} goal (no compile, no resources: a run of {@link
   * #surefire} or {@code test-compile} left the classes) and returns the XML reports: the same
   * selection and reports as {@link #surefire}, seconds sooner.
   */
  static List<Path> surefireOnCompiled(Path project, String... args) throws Exception {
    return maven(project, "surefire:test", args);
  }

  private static List<Path> maven(Path project, String goal, String... args) throws Exception {
    List<String> all =
        new ArrayList<>(
            List.of(goal, "-Dmaven.test.failure.ignore=true", "-Dexample.sleepScale=0"));
    all.addAll(List.of(args));
    mvn(project, all.toArray(String[]::new));
    return surefireReportsUnder(project);
  }

  /** Runs {@code mvn -B ARGS} in the project; fails unless it ends with exit 0 in 10 minutes. */
  static void mvn(Path project, String... args) throws Exception {
    Path log = Files.createTempFile("mvn", ".log");
    List<String> command = new ArrayList<>(List.of("mvn", "-B"));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(
          "mvn " + String.join(" ", args) + " failed in " + project + ", log: " + log);
    }
    Files.delete(log);
  }

  /** Surefire's XML reports under a built project: every module's {@code surefire-reports}. */
  static List<Path> surefireReportsUnder(Path project) throws IOException {
    List<Path> reports = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(project)) {
      walk.filter(
              p ->
                  p.getFileName().toString().startsWith("TEST-")
                      && p.getFileName().toString().endsWith(".xml")
                      && p.getParent().getFileName().toString().equals("surefire-reports"))
          .forEach(reports::add);
    }
    return reports;
  }

  /**
   * The test cases of JUnit XML files, one {@code classname<TAB>name<TAB>outcome} each, sorted:
   * what Maven Surefire's report and testshard's must agree on.
   */
  static List<String> casesOf(List<Path> files) throws IOException {
    List<String> cases = new ArrayList<>();
    for (Path file : files) {
      JUnitXmlReader.read(
          file,
          suite ->
              suite
                  .testCases()
                  .forEach(c -> cases.add(c.className() + "\t" + c.name() + "\t" + c.outcome())));
    }
    Collections.sort(cases);
    return cases;
  }

  /** Sums the test cases of JUnit XML files. */
  static Totals totalsOf(List<Path> files) throws IOException {
    Totals[] totals = {Totals.ZERO};
    for (Path file : files) {
      JUnitXmlReader.read(file, suite -> totals[0] = totals[0].plus(suite));
    }
    return totals[0];
  }

  /** Deletes a directory and everything in it, deepest first. */
  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
