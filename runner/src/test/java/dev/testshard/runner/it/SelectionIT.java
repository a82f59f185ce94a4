package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * examples/selection (two modules, tags, a parameterized method, a nested class, *IT classes) run
 * by Maven Surefire with {@code -Dtest}, {@code -Dgroups}, {@code -DexcludedGroups} and by
 * testshard with {@code --test}, {@code --groups}, {@code --exclude-groups}: the same test cases,
 * row by row, and the count measured with Surefire 3.5.4 pinned beside. testshard builds once;
 * every row after that is {@code --no-build}, so the selection must reach discovery (and its cache
 * key) without a new build. Surefire's side is compiled once too, and its rows run one after the
 * other on a thread of their own ({@code surefire:test} alone) while testshard runs its rows.
 */
class SelectionIT {

  /** A row: what both select, and how many test cases Surefire selects. */
  record Row(String test, String groups, String excluded, int expected) {

    /** The row's options, each after its prefix ({@code -Dtest=} or {@code --test=}, ...). */
    List<String> options(String testPrefix, String groupsPrefix, String excludedPrefix) {
      List<String> options = new ArrayList<>();
      if (test != null) {
        options.add(testPrefix + test);
      }
      if (groups != null) {
        options.add(groupsPrefix + groups);
      }
      if (excluded != null) {
        options.add(excludedPrefix + excluded);
      }
      return options;
    }

    @Override
    public String toString() {
      return String.format(
          "--test '%s' --groups '%s' --exclude-groups '%s': %d", test, groups, excluded, expected);
    }
  }

  private static final List<Row> ROWS =
      List.of(
          new Row(null, null, null, 12),
          new Row("CartTest", null, null, 6),
          new Row("CartTest#adds", null, null, 1),
          new Row("CartTest#adds+sums", null, null, 4),
          new Row("**/*IT", null, null, 3),
          new Row("*Test,!Pricing*", null, null, 10),
          new Row("InvoiceTest*", null, null, 4),
          new Row("com.example.shop.billing.**", null, null, 5),
          new Row(null, "fast", null, 8),
          new Row(null, "db | slow", null, 3),
          new Row(null, null, "slow", 10),
          new Row("CartTest", "fast", null, 5));

  @TempDir static Path temp;
  private static Path byTestshard;
  private static ExecutorService surefireRows;
  private static Future<List<Path>> compiled;
  private static final Map<Row, Future<List<String>>> SUREFIRE_CASES = new HashMap<>();

  @BeforeAll
  static void copyAndBuildOnce() throws Exception {
    Path bySurefire = Examples.copy("selection", temp.resolve("surefire"));
    byTestshard = Examples.copy("selection", temp.resolve("testshard"));
    surefireRows =
        Executors.newSingleThreadExecutor(task -> new Thread(task, "selection-surefire-rows"));
    // The first Surefire run compiles (with -Dtest=none it runs nothing); the rows reuse the
    // classes.
    compiled =
        surefireRows.submit(
            () ->
                Examples.surefire(
                    bySurefire, "-Dtest=none", "-Dsurefire.failIfNoSpecifiedTests=false"));
    for (Row row : ROWS) {
      SUREFIRE_CASES.put(row, surefireRows.submit(() -> surefireCases(bySurefire, row)));
    }
    Cli.Result built = Cli.run("plan", "--project", byTestshard.toString());
    assertThat(built.exitCode()).as(built.err()).isZero();
  }

  @AfterAll
  static void stopTheSurefireRows() {
    surefireRows.shutdownNow();
  }

  static List<Row> rows() {
    return ROWS;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void selectsWhatSurefireSelects(Row row) throws Exception {
    List<String> cliArgs =
        new ArrayList<>(List.of("run", "--project", byTestshard.toString(), "--no-build"));
    cliArgs.addAll(row.options("--test=", "--groups=", "--exclude-groups="));

    Cli.Result result = Cli.run(cliArgs.toArray(String[]::new));
    compiled.get(10, TimeUnit.MINUTES);
    List<String> surefire = SUREFIRE_CASES.get(row).get(10, TimeUnit.MINUTES);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(surefire).hasSize(row.expected());
    assertThat(
            Examples.casesOf(List.of(byTestshard.resolve("target/testshard/TEST-testshard.xml"))))
        .isEqualTo(surefire);
  }

  /**
   * Surefire's test cases for a row, on the compiled copy (its reports of earlier rows deleted).
   */
  private static List<String> surefireCases(Path project, Row row) throws Exception {
    List<String> mvnArgs = new ArrayList<>(List.of("-Dsurefire.failIfNoSpecifiedTests=false"));
    mvnArgs.addAll(row.options("-Dtest=", "-Dgroups=", "-DexcludedGroups="));
    deleteReports(project);
    return Examples.casesOf(Examples.surefireOnCompiled(project, mvnArgs.toArray(String[]::new)));
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
        Examples.deleteTree(dir);
      }
    }
  }
}
