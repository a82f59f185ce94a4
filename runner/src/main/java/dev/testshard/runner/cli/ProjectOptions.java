package dev.testshard.runner.cli;

import dev.testshard.runner.build.SelectionOverride;
import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.ResourceLimits;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.config.ConfigReader;
import dev.testshard.runner.config.ProjectConfig;
import dev.testshard.runner.config.Templates;
import dev.testshard.runner.history.LastFailures;
import dev.testshard.runner.plan.KeepTogether;
import dev.testshard.runner.plan.ShardBy;
import dev.testshard.runner.steps.RunOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** Options shared by {@code run} and {@code plan}: what to build, snapshot and how to shard. */
final class ProjectOptions {

  static final String SUITE_ENGINE = "junit-platform-suite";

  @Option(
      names = {"-p", "--project"},
      paramLabel = "DIR",
      description = "The project directory (default: the current directory).")
  Path project = Path.of(".");

  @Option(
      names = "--maven-arg",
      paramLabel = "ARG",
      description = "An argument for the project's Maven build (repeatable), e.g. -Pci.")
  List<String> mavenArgs = new ArrayList<>();

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Configuration file: option values, the tests' environment and per-shard services"
              + " (default: PROJECT/testshard.yaml when it exists).")
  Path config;

  @Option(
      names = "--failsafe",
      description =
          "Run each module's integration tests as its maven-failsafe-plugin configuration"
              + " selects and runs them (*IT), instead of Surefire's unit tests.")
  boolean failsafe;

  @Option(names = "--no-build", description = "Use what an earlier build compiled.")
  boolean noBuild;

  @Option(
      names = "--classpath",
      paramLabel = "CP",
      description = "Test class path for projects built by other tools (':'-separated).")
  String classpath;

  @Option(
      names = "--test-classes",
      paramLabel = "DIR",
      description = "Compiled test classes, with --classpath (repeatable).")
  List<Path> testClasses = new ArrayList<>();

  @Option(
      names = "--base-image",
      paramLabel = "IMAGE",
      description =
          "Image with a Java runtime to run tests on, e.g. eclipse-temurin:17-jre (pulled when"
              + " absent). Default: an image made from the host's own JDK.")
  String baseImage;

  @Option(
      names = "--shard-by",
      paramLabel = "UNIT",
      description = "package (default), class or module.")
  ShardBy shardBy = ShardBy.PACKAGE;

  @Option(
      names = "--shards",
      paramLabel = "N",
      description =
          "Pack classes into N shards of about equal expected time, from the timing history"
              + " (instead of --shard-by).")
  int shards;

  @Option(
      names = "--keep-together",
      paramLabel = "UNIT",
      description = "With --shards: never split a class (default), package or module.")
  KeepTogether keepTogether = KeepTogether.CLASS;

  @Option(
      names = "--timings",
      paramLabel = "FILE",
      description =
          "Timing history for --shards: testshard's timings.json (updated after every run;"
              + " default PROJECT/.testshard/timings.json) or a JUnit XML report to read times"
              + " from.")
  Path timings;

  @Option(
      names = "--include",
      paramLabel = "REGEX",
      description =
          "Only top-level test classes whose names match REGEX, among those the module's"
              + " Surefire configuration selects (default: all of them).")
  String include;

  @Option(
      names = "--test",
      paramLabel = "PATTERN",
      description =
          "Run only these tests, as mvn test -Dtest=PATTERN selects them, replacing each module's"
              + " includes and excludes: Class, Class#method, Class#m1+m2, pkg/**/*IT,"
              + " %%regex[...], several separated by commas, a leading ! excludes. A module where"
              + " nothing matches runs nothing (as -Dsurefire.failIfNoSpecifiedTests=false).")
  String test;

  @Option(
      names = "--groups",
      paramLabel = "TAGS",
      description =
          "Run only tests whose JUnit tags match (tag expressions such as fast | db, several"
              + " separated by commas), replacing each module's Surefire groups.")
  String groups;

  @Option(
      names = "--exclude-groups",
      paramLabel = "TAGS",
      description =
          "Do not run tests whose JUnit tags match, replacing each module's Surefire"
              + " excludedGroups.")
  String excludeGroups;

  @Option(
      names = "--only-failed",
      description =
          "Run only the tests that failed or ended in an error in the last run (as recorded in"
              + " PROJECT/.testshard/failed.json).")
  boolean onlyFailed;

  @Option(
      names = "--failed-first",
      description = "Start the classes with failed tests in the last run before the others.")
  boolean failedFirst;

  @Option(
      names = "--include-suite-engine",
      description = "Also run @Suite classes (they re-run the tests they select).")
  boolean includeSuiteEngine;

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      description = "Where the report goes (default: PROJECT/target/testshard).")
  Path reportDir;

  @Option(
      names = "--image-cache",
      paramLabel = "DIR",
      description =
          "A directory a CI cache keeps: the base and dependency images are loaded from it when"
              + " the engine lacks them, and saved to it when it does not hold them yet.")
  Path imageCache;

  @Option(names = "--stacktrace", description = "Show stack traces of errors.")
  boolean stacktrace;

  /** The image cache directory, absolute, or null without one. */
  Path imageCacheDir() {
    return imageCache == null ? null : imageCache.toAbsolutePath().normalize();
  }

  RunOptions toRunOptions(
      int parallel,
      boolean keepImage,
      ResourceLimits limits,
      Duration shardTimeout,
      Duration runTimeout) {
    Path projectDir = project.toAbsolutePath().normalize();
    if (!Files.isDirectory(projectDir)) {
      throw new TestshardException(
          ExitCodes.USAGE, "project directory " + project + " does not exist");
    }
    if (parallel < 1) {
      throw TestshardException.badValue("--parallel", "must be at least 1, not " + parallel);
    }
    try {
      if (include != null) {
        Pattern.compile(include);
      }
    } catch (PatternSyntaxException e) {
      throw TestshardException.badValue(
          "--include", "not a valid regular expression: " + e.getDescription());
    }
    if (shards < 0) {
      throw TestshardException.badValue("--shards", "must be at least 1, not " + shards);
    }
    Path timingsFile =
        timings != null
            ? timings.toAbsolutePath().normalize()
            : projectDir.resolve(".testshard").resolve("timings.json");
    Path reports =
        reportDir != null
            ? reportDir.toAbsolutePath().normalize()
            : projectDir.resolve("target").resolve("testshard");
    return new RunOptions(
        projectDir,
        mavenArgs,
        !noBuild,
        classpath,
        testClasses,
        baseImage,
        shardBy,
        shards,
        keepTogether,
        timingsFile,
        include,
        includeSuiteEngine ? List.of() : List.of(SUITE_ENGINE),
        parallel,
        reports,
        keepImage,
        limits,
        shardTimeout,
        runTimeout,
        projectConfig(projectDir),
        failsafe,
        selection(projectDir),
        failedFirst ? lastFailures(projectDir).classNames() : Set.of());
  }

  /** {@code --test}, {@code --groups}, {@code --exclude-groups}, or the last run's failures. */
  private SelectionOverride selection(Path projectDir) {
    String tests = test;
    if (onlyFailed) {
      if (test != null) {
        throw TestshardException.badValue(
            "--only-failed", "cannot be combined with --test (it sets the tests to run)");
      }
      LastFailures last = lastFailures(projectDir);
      if (last.isEmpty()) {
        // A defined outcome, not an error: nothing failed, so nothing is left to run.
        throw new TestshardException(
            ExitCodes.PASSED,
            "--only-failed: the last run ("
                + last.runId()
                + ") had no failed tests; nothing to run");
      }
      tests = last.testPatterns();
    }
    try {
      return new SelectionOverride(tests, groups, excludeGroups);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      int colon = message.indexOf(": ");
      throw TestshardException.badValue(message.substring(0, colon), message.substring(colon + 2));
    }
  }

  /** The last run's failures; none recorded is exit 3 for the options that need them. */
  private LastFailures lastFailures(Path projectDir) {
    Path file = LastFailures.fileIn(projectDir);
    String option = onlyFailed ? "--only-failed" : "--failed-first";
    LastFailures last;
    try {
      last = LastFailures.read(file);
    } catch (IOException e) {
      throw TestshardException.badValue(option, "cannot read " + file + ": " + e.getMessage());
    }
    if (last == null) {
      if (!onlyFailed) {
        return new LastFailures(LastFailures.FORMAT, null, List.of());
      }
      throw new TestshardException(
          ExitCodes.NO_TESTS,
          option + ": no earlier run recorded its failed tests in " + file + "; nothing to run");
    }
    return last;
  }

  /** Where every run records its failed tests: beside the default timing history. */
  /** {@code --shard-by} given, on the command line or in the configuration file. */
  boolean shardByChosen(ParseResult parsed, RunOptions options) {
    return parsed.hasMatchedOption("--shard-by") || options.config().option("shard-by").isPresent();
  }

  /** {@code --shards} given, on the command line or in the configuration file. */
  boolean shardsChosen(ParseResult parsed, RunOptions options) {
    return parsed.hasMatchedOption("--shards") || options.config().option("shards").isPresent();
  }

  /** Whether the user named the report directory (else it is the default under target/). */
  boolean reportDirChosen() {
    return reportDir != null;
  }

  /** The configuration file's content, or an empty configuration when there is none. */
  ProjectConfig projectConfig(Path projectDir) {
    ProjectConfig loaded =
        ConfigLookup.configFile(projectDir, config)
            .map(ConfigReader::read)
            .orElse(ProjectConfig.EMPTY);
    Templates.check(loaded);
    return loaded;
  }
}
