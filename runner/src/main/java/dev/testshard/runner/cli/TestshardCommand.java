package dev.testshard.runner.cli;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.common.TestshardVersion;
import dev.testshard.runner.docker.EngineException;
import dev.testshard.runner.docker.EngineUnavailableException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command; its subcommands do the work. */
@Command(
    name = "testshard",
    mixinStandardHelpOptions = true,
    versionProvider = TestshardCommand.Version.class,
    description = {
      "Runs a Java project's JUnit tests in parallel Docker containers, one per shard, from an"
          + " immutable snapshot of the project, and merges the results into one JUnit XML report."
    },
    subcommands = {
      RunCommand.class,
      PlanCommand.class,
      MergeCommand.class,
      CleanCommand.class,
      CompletionCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 all passed, 1 test failures, 2 usage/configuration/build error,",
      "3 no tests found, 4 infrastructure failure (Docker, lost shard), 5 internal error."
    })
final class TestshardCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new TestshardCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    // --maven-arg=-pl: a Maven option that looks like testshard's own -p clustered with l.
    commandLine.setAllowOptionsAsOptionParameters(true);
    commandLine.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
    commandLine.setParameterExceptionHandler(
        (e, args) -> {
          PrintWriter writer = e.getCommandLine().getErr();
          writer.println("testshard: " + e.getMessage());
          writer.println(
              "Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          writer.flush();
          return ExitCodes.USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parseResult) -> {
          PrintWriter writer = cmd.getErr();
          boolean stacktrace = Arrays.asList(parseResult.originalArgs()).contains("--stacktrace");
          int code;
          String message;
          if (e instanceof TestshardException known) {
            code = known.exitCode();
            message = known.getMessage();
          } else if (e instanceof EngineUnavailableException) {
            code = ExitCodes.INFRASTRUCTURE;
            message = e.getMessage() + " (is the Docker engine running? see bin/ensure-docker)";
          } else if (e instanceof EngineException) {
            code = ExitCodes.INFRASTRUCTURE;
            message = e.getMessage();
          } else {
            code = ExitCodes.INTERNAL;
            message = "internal error: " + e + " (rerun with --stacktrace for details)";
          }
          writer.println("testshard: " + message);
          if (stacktrace) {
            e.printStackTrace(writer);
          }
          writer.flush();
          return code;
        });
    return commandLine;
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "testshard " + TestshardVersion.get(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.home") + ")"
      };
    }
  }
}
