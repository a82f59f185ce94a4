package dev.testshard.runner.cli;

import dev.testshard.runner.run.RunOutcome;
import dev.testshard.runner.run.RunPipeline;
import dev.testshard.runner.steps.RunOptions;
import dev.testshard.runner.steps.RunRequest;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code testshard run}: the whole pipeline ({@link RunPipeline}), ending in a merged report and an
 * exit code. This class only reads the options and prints the outcome.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Build, snapshot, discover, run every shard in its own container, merge.")
final class RunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ProjectOptions project;

  @Mixin RunSettings settings;

  @Mixin ConsoleOptions console;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RunOptions options = settings.toRunOptions(project);
    RunRequest request = settings.request(project, options, spec.commandLine().getParseResult());
    ReportDirectory.prepare(options.reportDir(), project.reportDirChosen());
    ConsoleEvents events = new ConsoleEvents(console.steps(out), out, err, console);
    RunOutcome outcome = new RunPipeline(options, events, project.imageCacheDir()).run(request);
    if (outcome.interrupted()) {
      err.println("testshard: interrupted; containers removed, no report written");
      return Main.INTERRUPTED;
    }
    new RunSummaryPrinter(out, console.verbosity(), console.palette())
        .print(outcome, options.reportDir(), options.keepImage(), request.kubernetes());
    if (outcome.engineLost() != null) {
      err.println(
          "testshard: "
              + outcome.engineLost()
              + " during the run; every test it had not finished is an error in the report");
    }
    return outcome.exitCode();
  }
}
