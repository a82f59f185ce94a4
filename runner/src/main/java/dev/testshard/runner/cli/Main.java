package dev.testshard.runner.cli;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;

/** The {@code testshard} command. The only place that calls {@code System.exit}. */
public final class Main {

  /** The exit code of a run interrupted by Ctrl-C or SIGTERM. */
  static final int INTERRUPTED = 130;

  private Main() {}

  public static void main(String[] args) {
    exitInterruptedOnSigterm();
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int exitCode = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(exitCode);
  }

  /**
   * SIGTERM ends the CLI as Ctrl-C (SIGINT) does: the shutdown hooks clean up, and the exit code is
   * 130, "interrupted", whichever signal it was (the JVM's own handling would give 143 for
   * SIGTERM). Through reflection: {@code sun.misc.Signal} is the only Java API for signals, and
   * naming it directly is a compiler warning.
   */
  private static void exitInterruptedOnSigterm() {
    try {
      Class<?> signal = Class.forName("sun.misc.Signal");
      Class<?> handler = Class.forName("sun.misc.SignalHandler");
      Object exit =
          Proxy.newProxyInstance(
              handler.getClassLoader(),
              new Class<?>[] {handler},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "handle" -> {
                      System.exit(INTERRUPTED);
                      yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> "exit " + INTERRUPTED;
                  });
      signal
          .getMethod("handle", signal, handler)
          .invoke(null, signal.getConstructor(String.class).newInstance("TERM"), exit);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      // no sun.misc.Signal (or SIGTERM taken, as with -Xrs): the JVM's own handling, exit 143
    }
  }

  /** Runs the CLI with the given writers and returns the exit code; used by tests. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return ConfigLookup.execute(out, err, args);
  }
}
