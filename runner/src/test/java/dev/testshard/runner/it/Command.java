package dev.testshard.runner.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A program of the machine (the machine's {@code mvn}, say) run in a directory, output kept. */
final class Command {

  record Result(int exitCode, String output) {}

  private Command() {}

  /** {@code mvn -B ARGS} in the project directory. */
  static Result mvn(Path project, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("mvn", "-B"));
    command.addAll(List.of(args));
    return run(project, command);
  }

  /** The command in the directory, standard output and error together, at most 10 minutes. */
  static Result run(Path directory, List<String> command) throws Exception {
    return run(directory, command, Map.of());
  }

  /** As {@link #run(Path, List)}, with these variables added to the environment. */
  static Result run(Path directory, List<String> command, Map<String, String> env)
      throws Exception {
    return run(directory, command, env, 10);
  }

  /** As {@link #run(Path, List, Map)}, for at most {@code minutes}. */
  static Result run(Path directory, List<String> command, Map<String, String> env, int minutes)
      throws Exception {
    Path log = Files.createTempFile("command", ".log");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().putAll(env);
      Process process = builder.start();
      process.getOutputStream().close();
      if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(command + " did not finish in " + directory);
      }
      return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
