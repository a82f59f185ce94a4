package dev.testshard.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.common.ExitCodes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The CLI in-process, on paths that end before Docker is contacted: options are checked first (see
 * RunCommand.call and ProjectOptions.toRunOptions).
 */
class CliTest {

  @TempDir Path project;

  @Test
  void printsItsVersion() {
    Result result = run("--version");

    assertThat(result.code()).isZero();
    assertThat(result.out().lines().findFirst().orElseThrow())
        .matches("testshard \\d+\\.\\d+\\.\\d+\\S*");
    assertThat(result.out()).contains("Java " + System.getProperty("java.version"));
  }

  @Test
  void listsItsCommandsInItsHelp() {
    Result result = run("--help");

    assertThat(result.code()).isZero();
    assertThat(result.out())
        .containsPattern("(?m)^\\s+run\\s+\\S")
        .containsPattern("(?m)^\\s+plan\\s+\\S")
        .containsPattern("(?m)^\\s+clean\\s+\\S")
        .contains("Exit codes");
  }

  @Test
  void printsABashCompletionScriptOfItsCommandsOptionsAndValues() {
    Result result = run("completion", "bash");

    assertThat(result.code()).isZero();
    assertThat(result.out())
        .startsWith("#!/usr/bin/env bash")
        .contains("complete -F _complete_testshard")
        .contains("run plan merge clean completion")
        .contains("--shard-timeout")
        .contains("--color")
        .contains("(\"AUTO\" \"ALWAYS\" \"NEVER\") # --color values");
  }

  @Test
  void refusesACompletionForAShellItDoesNotKnowInOneLine() {
    Result result = run("completion", "fish");

    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.errLines().get(0)).contains("fish").contains("BASH, ZSH");
  }

  @Test
  void answersAnUnknownOptionWithOneLineAndAHelpHint() {
    Result result = run("--no-such-option");

    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertOneLineError(result);
    assertThat(result.errLines().get(0)).contains("--no-such-option");
    assertThat(result.err()).contains("--help");
  }

  @Test
  void rejectsAParallelismBelowOne() {
    Result result = run("run", "--parallel", "0", "--project", project.toString());

    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertOneLineError(result);
    assertThat(result.err()).contains("--parallel");
  }

  @Test
  void rejectsAProjectDirectoryThatDoesNotExist() {
    Path missing = project.resolve("does/not/exist");

    Result result = run("run", "--project", missing.toString());

    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.errLines())
        .singleElement()
        .satisfies(line -> assertThat(line).startsWith("testshard: ").contains(missing.toString()));
    assertNoStackTrace(result);
  }

  @Test
  void rejectsAnUnknownWayToShard() {
    Result result = run("run", "--shard-by", "nonsense", "--project", project.toString());

    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertOneLineError(result);
    assertThat(result.errLines().get(0)).contains("--shard-by").contains("nonsense");
  }

  @Test
  void rejectsAMemorySizeWithAnUnknownUnit() {
    Result result = run("run", "--memory", "12q", "--project", project.toString());

    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertOneLineError(result);
    assertThat(result.errLines().get(0)).contains("12q");
  }

  @Test
  void rejectsQuietAndVerboseTogetherAndAnUnknownProgressMode() {
    Result both = run("run", "--quiet", "--verbose", "--project", project.toString());
    Result mode = run("run", "--progress", "fancy", "--project", project.toString());

    assertThat(both.code()).isEqualTo(ExitCodes.USAGE);
    assertOneLineError(both);
    assertThat(both.errLines().get(0)).contains("--quiet and --verbose");
    assertThat(mode.code()).isEqualTo(ExitCodes.USAGE);
    assertOneLineError(mode);
    assertThat(mode.errLines().get(0)).contains("--progress").contains("fancy");
  }

  @Test
  void takesMavenOptionsThatLookLikeItsOwnAsMavenArguments() {
    CommandLine commandLine =
        TestshardCommand.commandLine(
            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));

    CommandLine.ParseResult parsed =
        commandLine.parseArgs(
            "plan", "--maven-arg=-pl", "--maven-arg", "core", "--maven-arg=-P", "--maven-arg=ci");

    PlanCommand plan = (PlanCommand) parsed.subcommand().commandSpec().userObject();
    assertThat(plan.project.mavenArgs).containsExactly("-pl", "core", "-P", "ci");
  }

  /** One "testshard:" line (and perhaps a hint), no stack trace, nothing on standard output. */
  private static void assertOneLineError(Result result) {
    assertThat(result.errLines()).filteredOn(line -> line.startsWith("testshard:")).hasSize(1);
    assertThat(result.errLines().get(0)).startsWith("testshard: ");
    assertThat(result.errLines()).hasSizeLessThanOrEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertNoStackTrace(result);
  }

  private static void assertNoStackTrace(Result result) {
    assertThat(result.err()).doesNotContainPattern("(?m)^\\s*at ").doesNotContain("Exception");
  }

  /** Runs the CLI in process; shared with the other CLI tests. */
  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err)) {
      code = Main.run(outWriter, errWriter, args);
    }
    return new Result(code, out.toString(), err.toString());
  }

  record Result(int code, String out, String err) {

    List<String> errLines() {
      return err.lines().filter(line -> !line.isBlank()).toList();
    }
  }
}
