package dev.testshard.runner.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The machine's own {@code mvn -B}, run in a project directory, its output kept. */
final class Mvn {

  record Result(int exitCode, String output) {}

  private Mvn() {}

  static Result run(Path project, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("mvn", "-B"));
    command.addAll(List.of(args));
    Path log = Files.createTempFile("mvn", ".log");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(project.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      process.getOutputStream().close();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(command + " did not finish in " + project);
      }
      return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
