package dev.testshard.runner.it;

import dev.testshard.runner.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the testshard CLI for integration tests: in-process, or as the real packaged command. */
final class Cli {

  record Result(int exitCode, String out, String err) {

    /** Lines of standard error, without blank ones. */
    List<String> errLines() {
      return err.lines().filter(line -> !line.isBlank()).toList();
    }
  }

  private Cli() {}

  /** {@code run} in process on two containers at once, reporting to {@code reportDir}. */
  static Result runOnTwo(Path project, Path reportDir, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--project",
                project.toString(),
                "--parallel",
                "2",
                "--report-dir",
                reportDir.toString()));
    args.addAll(List.of(options));
    return run(args.toArray(String[]::new));
  }

  /** In-process through {@code Main.run}, capturing both streams. */
  static Result run(String... args) {
    return run(new StringWriter(), args);
  }

  /** In-process, with standard output also going to {@code outSink} as it is written. */
  static Result run(Writer outSink, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Writer tee =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            out.write(buffer, offset, length);
            outSink.write(buffer, offset, length);
            System.out.print(new String(buffer, offset, length));
          }

          @Override
          public void flush() throws IOException {
            outSink.flush();
          }

          @Override
          public void close() {}
        };
    int code;
    try (PrintWriter outWriter = new PrintWriter(tee, true);
        PrintWriter errWriter = new PrintWriter(err, true)) {
      code = Main.run(outWriter, errWriter, args);
    }
    System.err.print(err);
    return new Result(code, out.toString(), err.toString());
  }

  /** As a separate process from the packaged jar, as a user runs it. */
  static Result runProcess(Map<String, String> env, String... args) throws Exception {
    Path jar = Path.of(System.getProperty("testshard.jar", "target/testshard.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("packaged CLI missing: " + jar.toAbsolutePath());
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    Path out = Files.createTempFile("testshard-cli", ".out");
    Path err = Files.createTempFile("testshard-cli", ".err");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    process.getOutputStream().close();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("testshard did not finish: " + command);
    }
    Result result =
        new Result(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return result;
  }
}
