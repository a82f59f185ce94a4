package dev.testshard.runner.cli;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.config.ConfigReader;
import dev.testshard.runner.config.ProjectConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Option values from {@code testshard.yaml}. The command line is parsed twice: once to learn the
 * project and {@code --config}, then again with the file's values as defaults, so that flags given
 * on the command line always win.
 */
final class ConfigLookup implements CommandLine.IDefaultValueProvider {

  /** Options that make no sense in the file (hidden options, for testshard's tests, neither). */
  static final Set<String> NOT_IN_FILE =
      Set.of("config", "project", "help", "version", "stacktrace");

  /** Whether the option may be set in the file. */
  static boolean inFile(OptionSpec option) {
    return !option.hidden() && !NOT_IN_FILE.contains(option.longestName().replaceFirst("^--", ""));
  }

  /** Commands that read the file. */
  private static final Set<String> CONFIGURED_COMMANDS = Set.of("run", "plan");

  private final ProjectConfig config;

  private ConfigLookup(ProjectConfig config) {
    this.config = config;
  }

  /** The configuration file to read: {@code --config}, else the project's, when it exists. */
  static Optional<Path> configFile(Path projectDir, Path explicit) {
    if (explicit != null) {
      return Optional.of(explicit.toAbsolutePath().normalize());
    }
    Path file = projectDir.resolve(ProjectConfig.FILE_NAME);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /**
   * Runs the command line, with the option values of the configuration file as defaults when the
   * command reads one.
   */
  static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine probe = TestshardCommand.commandLine(out, err);
    ProjectConfig config;
    try {
      config = find(probe, args).orElse(null);
    } catch (TestshardException e) {
      err.println("testshard: " + e.getMessage());
      err.flush();
      return e.exitCode();
    }
    if (config == null) {
      return TestshardCommand.commandLine(out, err).execute(args);
    }
    CommandLine commandLine = TestshardCommand.commandLine(out, err);
    ConfigLookup lookup = new ConfigLookup(config);
    commandLine.setDefaultValueProvider(lookup);
    CommandLine.IParameterExceptionHandler parameterErrors =
        commandLine.getParameterExceptionHandler();
    commandLine.setParameterExceptionHandler(
        (e, original) -> {
          if (e.getArgSpec() instanceof OptionSpec option
              && lookup.fromFile(option, Arrays.asList(original))) {
            return lookup.report(
                e.getCommandLine().getErr(),
                option,
                "'" + e.getValue() + "' " + expected(option, e));
          }
          return parameterErrors.handleParseException(e, original);
        });
    CommandLine.IExecutionExceptionHandler executionErrors =
        commandLine.getExecutionExceptionHandler();
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof TestshardException bad && bad.option() != null) {
            OptionSpec option = cmd.getCommandSpec().findOption(bad.option());
            if (option != null && lookup.fromFile(option, parsed.originalArgs())) {
              return lookup.report(cmd.getErr(), option, bad.problem());
            }
          }
          return executionErrors.handleExecutionException(e, cmd, parsed);
        });
    return commandLine.execute(args);
  }

  /**
   * Whether the option's value came from the file: the file sets it, and no argument names it (the
   * command line wins). Arguments are looked at as words, as picocli may not have finished parsing.
   */
  private boolean fromFile(OptionSpec option, List<String> args) {
    if (!CONFIGURED_COMMANDS.contains(option.command().name())
        || !config.options().containsKey(key(option))) {
      return false;
    }
    for (String arg : args) {
      if (arg.equals("--")) {
        break;
      }
      for (String name : option.names()) {
        boolean shortName = !name.startsWith("--");
        if (arg.equals(name) || arg.startsWith(name + "=") || shortName && arg.startsWith(name)) {
          return false;
        }
      }
    }
    return true;
  }

  /** One line naming the file and the key, exit code 2. */
  private int report(PrintWriter err, OptionSpec option, String problem) {
    err.println("testshard: " + config.sourceName() + ": " + key(option) + ": " + problem);
    err.flush();
    return ExitCodes.USAGE;
  }

  /** What a value of the option must be, for a value picocli could not convert. */
  static String expected(OptionSpec option, CommandLine.ParameterException e) {
    Class<?> type = option.type();
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return isNumber(e.getValue()) ? "is not a whole number" : "is not a number";
    }
    if (type == double.class || type == Double.class) {
      return "is not a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "is not true or false";
    }
    if (type.isEnum()) {
      return "is not one of "
          + String.join(
              ", ",
              Arrays.stream(type.getEnumConstants())
                  .map(c -> c.toString().toLowerCase(Locale.ROOT))
                  .toList());
    }
    // picocli's own words, without the flag it names
    return "is not valid: "
        + e.getMessage().replaceFirst("^Invalid value for option '[^']*': ", "");
  }

  private static boolean isNumber(String text) {
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException | NullPointerException e) {
      return false;
    }
  }

  private static String key(OptionSpec option) {
    return option.longestName().replaceFirst("^--", "");
  }

  private static Optional<ProjectConfig> find(CommandLine commandLine, String... args) {
    ParseResult parsed;
    try {
      parsed = commandLine.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      return Optional.empty(); // the real parse reports it
    }
    ParseResult sub = parsed;
    while (sub.subcommand() != null) {
      sub = sub.subcommand();
    }
    if (!CONFIGURED_COMMANDS.contains(sub.commandSpec().name())
        || sub.isUsageHelpRequested()
        || sub.isVersionHelpRequested()) {
      return Optional.empty();
    }
    Path project = sub.matchedOptionValue("--project", Path.of("."));
    Path explicit = sub.matchedOptionValue("--config", null);
    Optional<Path> file = configFile(project.toAbsolutePath().normalize(), explicit);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    ProjectConfig config = ConfigReader.read(file.get());
    CommandSpec run = commandLine.getSubcommands().get("run").getCommandSpec();
    for (String key : config.options().keySet()) {
      OptionSpec option = run.findOption("--" + key);
      if (option == null || !inFile(option) || !option.longestName().equals("--" + key)) {
        throw new TestshardException(
            ExitCodes.USAGE,
            config.sourceName()
                + ": unknown key '"
                + key
                + "' (use an option of 'testshard run' without its dashes, or env, services)");
      }
      if (option.isMultiValue()) {
        throw new TestshardException(
            ExitCodes.USAGE,
            config.sourceName() + ": " + key + " cannot be set in the file; give it as a flag");
      }
    }
    return Optional.of(config);
  }

  @Override
  public String defaultValue(ArgSpec argument) {
    if (!(argument instanceof OptionSpec option)
        || !CONFIGURED_COMMANDS.contains(option.command().name())) {
      return null;
    }
    return inFile(option) ? config.options().get(key(option)) : null;
  }
}
