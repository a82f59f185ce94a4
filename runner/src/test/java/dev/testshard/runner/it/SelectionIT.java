package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * examples/selection (two modules, tags, a parameterized method, a nested class, *IT classes) run
 * by Maven Surefire with {@code -Dtest}, {@code -Dgroups}, {@code -DexcludedGroups} and by
 * testshard with {@code --test}, {@code --groups}, {@code --exclude-groups}: the same test cases,
 * row by row, and the count measured with Surefire 3.5.4 pinned beside. testshard builds once;
 * every row after that is {@code --no-build}, so the selection must reach discovery (and its cache
 * key) without a new build.
 */
class SelectionIT {

  @TempDir static Path temp;
  private static Path bySurefire;
  private static Path byTestshard;

  @BeforeAll
  static void copyAndBuildOnce() throws Exception {
    bySurefire = Examples.copy("selection", temp.resolve("surefire"));
    byTestshard = Examples.copy("selection", temp.resolve("testshard"));
    Cli.Result built = Cli.run("plan", "--project", byTestshard.toString());
    assertThat(built.exitCode()).as(built.err()).isZero();
  }

  @ParameterizedTest(name = "--test ''{0}'' --groups ''{1}'' --exclude-groups ''{2}'': {3}")
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      value = {
        "-; -; -; 12",
        "CartTest; -; -; 6",
        "CartTest#adds; -; -; 1",
        "CartTest#adds+sums; -; -; 4",
        "**/*IT; -; -; 3",
        "*Test,!Pricing*; -; -; 10",
        "InvoiceTest*; -; -; 4",
        "com.example.shop.billing.**; -; -; 5",
        "-; fast; -; 8",
        "-; db | slow; -; 3",
        "-; -; slow; 10",
        "CartTest; fast; -; 5",
      })
  void selectsWhatSurefireSelects(String test, String groups, String excluded, int expected)
      throws Exception {
    List<String> mvnArgs = new ArrayList<>(List.of("-Dsurefire.failIfNoSpecifiedTests=false"));
    List<String> cliArgs =
        new ArrayList<>(List.of("run", "--project", byTestshard.toString(), "--no-build"));
    if (test != null) {
      mvnArgs.add("-Dtest=" + test);
      cliArgs.add("--test=" + test);
    }
    if (groups != null) {
      mvnArgs.add("-Dgroups=" + groups);
      cliArgs.add("--groups=" + groups);
    }
    if (excluded != null) {
      mvnArgs.add("-DexcludedGroups=" + excluded);
      cliArgs.add("--exclude-groups=" + excluded);
    }
    deleteReports(bySurefire);
    List<String> surefire =
        Examples.casesOf(Examples.surefire(bySurefire, mvnArgs.toArray(String[]::new)));

    Cli.Result result = Cli.run(cliArgs.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(surefire).hasSize(expected);
    assertThat(
            Examples.casesOf(List.of(byTestshard.resolve("target/testshard/TEST-testshard.xml"))))
        .isEqualTo(surefire);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "NoSuchTest; 3; no tests found in",
        "%regex[Cart(; 2; --test: not a valid pattern",
      })
  void aTestPatternThatSelectsNothingOrIsMalformedIsOneLine(String test, int code, String line) {
    Cli.Result result =
        Cli.run("run", "--project", byTestshard.toString(), "--no-build", "--test", test);

    assertThat(result.exitCode()).isEqualTo(code);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.errLines().get(0)).contains(line);
  }

  private static void deleteReports(Path project) throws IOException {
    try (Stream<Path> walk = Files.walk(project)) {
      List<Path> reports =
          walk.filter(p -> p.getFileName().toString().equals("surefire-reports")).toList();
      for (Path dir : reports) {
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(file);
          }
        }
      }
    }
  }
}
