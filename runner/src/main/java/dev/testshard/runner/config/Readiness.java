package dev.testshard.runner.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * When a service counts as ready for tests: one check per service, tried every {@link #interval()}
 * until it passes or {@link #timeout()} has passed since the service started. Each kind of check is
 * a small record that makes one attempt against a {@link ReadinessTarget} (as Testcontainers' wait
 * strategies do against their target); {@code services.ReadinessWait} repeats the attempts and
 * gives up. A new kind of check is a new record here. Timeouts and intervals are never null (the
 * configuration readers fill in {@link #DEFAULT_TIMEOUT} and {@link #DEFAULT_INTERVAL}).
 */
public sealed interface Readiness
    permits Readiness.Started, Readiness.Tcp, Readiness.Http, Readiness.LogLine, Readiness.Command {

  Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
  Duration DEFAULT_INTERVAL = Duration.ofMillis(500);

  /** The kinds of check, one per record. */
  enum Kind {
    /** Ready as soon as the container runs. */
    STARTED,
    /** A TCP connection to the port succeeds, from inside the shard's network. */
    TCP,
    /** An HTTP GET answers with the expected status, from inside the shard's network. */
    HTTP,
    /** The container's output has a line matching the pattern (so many times). */
    LOG,
    /** The command exits 0 inside the service container. */
    CMD
  }

  Kind kind();

  /** How long the service may take to get ready. */
  Duration timeout();

  /** How long between two attempts. */
  Duration interval();

  /** A short description for messages, e.g. {@code tcp 5432}. */
  String describe();

  /**
   * One attempt of the check.
   *
   * @param remaining the time left before the check gives up
   * @return null when the service is ready, else why not (empty when there is nothing to say)
   */
  String attempt(ReadinessTarget target, Duration remaining);

  /**
   * Whether the wait repeats the attempt until the timeout; false when one attempt waits by itself
   * (the agent's probe polls until the check's timeout).
   */
  default boolean repeated() {
    return true;
  }

  static Readiness started() {
    return new Started(DEFAULT_TIMEOUT, DEFAULT_INTERVAL);
  }

  static Readiness tcp(int port, Duration timeout, Duration interval) {
    return new Tcp(port, timeout, interval);
  }

  /** Ready as soon as the container runs. */
  record Started(Duration timeout, Duration interval) implements Readiness {
    @Override
    public Kind kind() {
      return Kind.STARTED;
    }

    @Override
    public String describe() {
      return "container started";
    }

    @Override
    public String attempt(ReadinessTarget target, Duration remaining) {
      return target.running() ? null : "";
    }

    @Override
    public boolean repeated() {
      return false;
    }
  }

  /** A TCP connection to {@code port} succeeds, from inside the shard's network. */
  record Tcp(int port, Duration timeout, Duration interval) implements Readiness {
    @Override
    public Kind kind() {
      return Kind.TCP;
    }

    @Override
    public String describe() {
      return "tcp " + port;
    }

    @Override
    public String attempt(ReadinessTarget target, Duration remaining) {
      return target.probe(
          List.of(
              "tcp",
              target.host(),
              Integer.toString(port),
              Long.toString(timeout.toMillis()),
              Long.toString(interval.toMillis())),
          timeout);
    }

    @Override
    public boolean repeated() {
      return false;
    }
  }

  /** An HTTP GET of {@code path} answers with {@code status}, from inside the shard's network. */
  record Http(int port, String path, int status, Duration timeout, Duration interval)
      implements Readiness {
    public Http {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public Kind kind() {
      return Kind.HTTP;
    }

    @Override
    public String describe() {
      return "http " + port + path + " -> " + status;
    }

    @Override
    public String attempt(ReadinessTarget target, Duration remaining) {
      return target.probe(
          List.of(
              "http",
              target.host(),
              Integer.toString(port),
              path,
              Integer.toString(status),
              Long.toString(timeout.toMillis()),
              Long.toString(interval.toMillis())),
          timeout);
    }

    @Override
    public boolean repeated() {
      return false;
    }
  }

  /** The container's output has {@code times} lines matching {@code pattern}. */
  record LogLine(String pattern, int times, Duration timeout, Duration interval)
      implements Readiness {

    /** How much of the end of the log an attempt reads. */
    static final int TAIL_LINES = 5000;

    public LogLine {
      Objects.requireNonNull(pattern, "pattern");
      times = Math.max(1, times);
    }

    @Override
    public Kind kind() {
      return Kind.LOG;
    }

    @Override
    public String describe() {
      return "log /" + pattern + "/" + (times > 1 ? " x" + times : "");
    }

    @Override
    public String attempt(ReadinessTarget target, Duration remaining) {
      Pattern compiled = Pattern.compile(pattern);
      long matches =
          target.logs(TAIL_LINES).lines().filter(line -> compiled.matcher(line).find()).count();
      return matches >= times ? null : "seen " + matches + " of " + times + " matching lines";
    }
  }

  /** {@code command} exits 0 inside the service container. */
  record Command(List<String> command, Duration timeout, Duration interval) implements Readiness {

    /** The shortest and the longest time one run of the command may take. */
    static final Duration SHORTEST_RUN = Duration.ofSeconds(1);

    static final Duration LONGEST_RUN = Duration.ofSeconds(30);

    public Command {
      command = List.copyOf(command);
    }

    @Override
    public Kind kind() {
      return Kind.CMD;
    }

    @Override
    public String describe() {
      return "cmd " + String.join(" ", command);
    }

    @Override
    public String attempt(ReadinessTarget target, Duration remaining) {
      Duration limit =
          remaining.compareTo(SHORTEST_RUN) < 0
              ? SHORTEST_RUN
              : remaining.compareTo(LONGEST_RUN) > 0 ? LONGEST_RUN : remaining;
      ReadinessTarget.CommandResult result = target.exec(command, limit);
      if (result.exitCode() == 0) {
        return null;
      }
      String output = result.output().strip();
      String last = output.isEmpty() ? "" : ", " + output.substring(output.lastIndexOf('\n') + 1);
      return "exit code " + result.exitCode() + last;
    }
  }
}
