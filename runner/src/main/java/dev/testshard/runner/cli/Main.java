package dev.testshard.runner.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code testshard} command. The only place that calls {@code System.exit}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int exitCode = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(exitCode);
  }

  /** Runs the CLI with the given writers and returns the exit code; used by tests. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return ConfigLookup.execute(out, err, args);
  }
}
