package dev.testshard.runner.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testshard.report.Outcome;
import dev.testshard.report.Problem;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastFailuresTest {

  @TempDir Path dir;

  @Test
  void recordsFailuresAndErrorsButNotPassedSkippedOrFlakyTests() throws IOException {
    LastFailures last =
        LastFailures.of(
            "run-1",
            List.of(
                suite(
                    "a.CartTest",
                    test("a.CartTest", "adds", Outcome.FAILED),
                    test("a.CartTest", "removes", Outcome.PASSED),
                    test("a.CartTest", "sums(int)[2]", Outcome.ERROR),
                    test("a.CartTest", "sums(int)[3]", Outcome.FAILED),
                    test("a.CartTest", "skips", Outcome.SKIPPED)),
                suite("a.PayTest", test("a.PayTest", "pays", Outcome.PASSED)),
                suite("a.BootTest", test("a.BootTest", "", Outcome.ERROR))));
    Path file = dir.resolve(".testshard").resolve(LastFailures.FILE_NAME);
    last.write(file);

    LastFailures read = LastFailures.read(file);
    assertThat(read).isEqualTo(last);
    assertThat(read.classNames()).containsExactly("a.CartTest", "a.BootTest");
    assertThat(read.testPatterns()).isEqualTo("a.CartTest#adds+sums,a.BootTest");
  }

  @Test
  void aClassLevelErrorReRunsTheWholeClass() {
    LastFailures last =
        LastFailures.of(
            "r",
            List.of(
                suite(
                    "a.OldTest",
                    test("a.OldTest", "initializationError", Outcome.ERROR),
                    test("a.OldTest", "works", Outcome.FAILED))));

    assertThat(last.testPatterns()).isEqualTo("a.OldTest");
  }

  @Test
  void noFileIsNoRecordAndAForeignFileIsAnError() throws IOException {
    assertThat(LastFailures.read(dir.resolve("failed.json"))).isNull();

    Path foreign = Files.writeString(dir.resolve("other.json"), "{\"format\":\"x/1\"}");
    assertThatThrownBy(() -> LastFailures.read(foreign)).hasMessageContaining("expected");
    Path broken = Files.writeString(dir.resolve("broken.json"), "{");
    assertThatThrownBy(() -> LastFailures.read(broken)).isInstanceOf(IOException.class);
  }

  @Test
  void aRunWithoutFailuresIsEmpty() {
    assertThat(
            LastFailures.of("r", List.of(suite("a.T", test("a.T", "ok", Outcome.PASSED))))
                .isEmpty())
        .isTrue();
  }

  private static TestSuiteResult suite(String name, TestCaseResult... cases) {
    return new TestSuiteResult(name, "s1", null, 1, null, Map.of(), List.of(cases));
  }

  private static TestCaseResult test(String className, String name, Outcome outcome) {
    Problem problem = outcome == Outcome.PASSED ? null : Problem.of("no");
    return new TestCaseResult(className, name, 0.1, outcome, problem, null, null);
  }
}
