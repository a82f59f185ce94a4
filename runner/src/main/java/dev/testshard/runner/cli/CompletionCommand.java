package dev.testshard.runner.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code testshard completion bash}: prints the shell completion script picocli's {@link
 * AutoComplete} makes from the commands and options themselves, so it never falls behind them.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a shell completion script of the subcommands, options and their values, for bash"
          + " and zsh (the same script: in zsh it loads bashcompinit itself).",
      "Try it with: source <(testshard completion bash)"
    })
final class CompletionCommand implements Callable<Integer> {

  /** The shells the script is for. */
  enum Shell {
    BASH,
    ZSH
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  @Override
  public Integer call() {
    String name = spec.root().name();
    spec.commandLine().getOut().print(AutoComplete.bash(name, spec.root().commandLine()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
