package dev.testshard.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testshard.runner.build.ExplicitClasspath;
import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A bad value in {@code testshard.yaml} is one line naming the file and the key, never a flag the
 * user did not type: every key {@code run} reads from the file is in {@link #BAD_VALUES} or in
 * {@link #ANY_VALUE}.
 */
class ConfigValuesTest {

  /** Key, a bad value for it, and what the message says after "testshard.yaml: key: ". */
  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of("parallel", "two", "'two' is not a number"),
        Arguments.of("parallel", "2.5", "'2.5' is not a whole number"),
        Arguments.of("parallel", "0", "must be at least 1, not 0"),
        Arguments.of("dynamic", "perhaps", "'perhaps' is not true or false"),
        Arguments.of("keep-on-failure", "sometimes", "'sometimes' is not true or false"),
        Arguments.of("keep-image", "maybe", "'maybe' is not true or false"),
        Arguments.of("docker-access", "yes please", "'yes please' is not true or false"),
        Arguments.of("kubernetes", "often", "'often' is not true or false"),
        Arguments.of("registry", "127.0.0.1:5215/testshard", "only with --kubernetes"),
        Arguments.of("namespace", "tests", "only with --kubernetes"),
        Arguments.of("context", "lab", "only with --kubernetes"),
        Arguments.of("pending-timeout", "2m", "only with --kubernetes"),
        Arguments.of("memory", "lots", "'lots' is not a size like 512m, 2g, 2GB, 1.5g or 512MiB"),
        Arguments.of("memory", "1m", "1m is below Docker's minimum of 6m"),
        Arguments.of("cpus", "many", "'many' is not a number"),
        Arguments.of("cpus", "-1.5", "must not be negative: -1.5"),
        Arguments.of("pids-limit", "x", "'x' is not a number"),
        Arguments.of("pids-limit", "-1", "must not be negative: -1"),
        Arguments.of(
            "shard-timeout", "soon", "'soon' is not a duration like 90s, 1.5m, 1h30m or PT90S"),
        Arguments.of("retry-lost", "twice", "'twice' is not a number"),
        Arguments.of("retry-lost", "-1", "must not be negative: -1"),
        Arguments.of("rerun-failing", "-2", "must not be negative: -2"),
        Arguments.of("timeout", "0s", "'0s' must be longer than zero"),
        Arguments.of("failsafe", "yes please", "'yes please' is not true or false"),
        Arguments.of("no-build", "1", "'1' is not true or false"),
        Arguments.of("shard-by", "team", "'team' is not one of package, class, module, time"),
        Arguments.of("shards", "four", "'four' is not a number"),
        Arguments.of(
            "test",
            "'%regex[Cart(]'",
            "not a valid pattern: '%regex[Cart(]' (Unclosed group near index 5)"),
        Arguments.of("groups", "fast slow", "not a valid JUnit tag expression: 'fast slow'"),
        Arguments.of("exclude-groups", "'a &'", "not a valid JUnit tag expression: 'a &'"),
        Arguments.of("only-failed", "maybe", "'maybe' is not true or false"),
        Arguments.of("failed-first", "maybe", "'maybe' is not true or false"),
        Arguments.of("fail-fast", "0", "must be at least 1, not 0"),
        Arguments.of("shards", "-4", "must be at least 1, not -4"),
        Arguments.of("keep-together", "all", "'all' is not one of class, package, module"),
        Arguments.of("include", "'(['", "not a valid regular expression: Unclosed character class"),
        Arguments.of("include-suite-engine", "sure", "'sure' is not true or false"),
        Arguments.of("progress", "fancy", "'fancy' is not one of auto, tty, plain"),
        Arguments.of("color", "pink", "'pink' is not one of auto, always, never"),
        Arguments.of("quiet", "hush", "'hush' is not true or false"),
        Arguments.of("verbose", "loud", "'loud' is not true or false"));
  }

  /**
   * Keys any text is a value of (paths, image names), or whose value is checked once the build or
   * the engine has started (see {@link #aMissingClasspathEntryNamesTheOptionForTheFileToRename}).
   */
  static final Set<String> ANY_VALUE =
      Set.of("timings", "report-dir", "base-image", "classpath", "image-cache", "summary");

  @TempDir Path project;

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("badValues")
  void aBadValueInTheFileNamesTheFileAndTheKey(String key, String value, String problem)
      throws Exception {
    Files.writeString(project.resolve("testshard.yaml"), key + ": " + value + "\n");

    CliTest.Result result = CliTest.run("run", "--project", project.toString());

    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.errLines())
        .containsExactly("testshard: testshard.yaml: " + key + ": " + problem);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void everyKeyOfTheFileIsCovered() {
    Set<String> keys = new TreeSet<>();
    for (OptionSpec option :
        TestshardCommand.commandLine(
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
            .getSubcommands()
            .get("run")
            .getCommandSpec()
            .options()) {
      String key = option.longestName().replaceFirst("^--", "");
      if (ConfigLookup.inFile(option) && !option.isMultiValue()) {
        keys.add(key);
      }
    }
    Set<String> covered =
        badValues()
            .map(row -> (String) row.get()[0])
            .collect(Collectors.toCollection(TreeSet::new));
    covered.addAll(ANY_VALUE);

    assertThat(covered).isEqualTo(keys);
  }

  @Test
  void theSameValueOnTheCommandLineNamesTheFlag() throws Exception {
    Files.writeString(project.resolve("testshard.yaml"), "parallel: two\n");

    CliTest.Result typed = CliTest.run("run", "--project", project.toString(), "--parallel=0");
    CliTest.Result shortFlag = CliTest.run("run", "--project", project.toString(), "-j", "two");

    assertThat(typed.errLines())
        .containsExactly("testshard: --parallel: must be at least 1, not 0");
    assertThat(shortFlag.errLines().get(0))
        .startsWith("testshard: Invalid value for option '--parallel': 'two'");
  }

  @Test
  void aMissingClasspathEntryNamesTheOptionForTheFileToRename() {
    assertThatThrownBy(
            () ->
                ExplicitClasspath.of(project, List.of(project), project.resolve("nope").toString()))
        .isInstanceOfSatisfying(
            TestshardException.class,
            e -> {
              assertThat(e.option()).isEqualTo("--classpath");
              assertThat(e.problem()).startsWith("entry ").endsWith(" does not exist");
            });
  }
}
