package dev.testshard.runner.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * When a service counts as ready for tests. One kind of check per service, polled every {@code
 * interval} until it passes or {@code timeout} has passed since the service started.
 *
 * @param kind what is checked
 * @param port the port for {@link Kind#TCP} and {@link Kind#HTTP}, else 0
 * @param path the request path for {@link Kind#HTTP}, else null
 * @param status the HTTP status that means ready, else 0
 * @param pattern the regular expression a log line must match for {@link Kind#LOG}, else null
 * @param times how many matching log lines mean ready (at least 1)
 * @param command the command for {@link Kind#CMD}, run in the service container, else empty
 * @param timeout how long the service may take to get ready
 * @param interval how long between two attempts
 */
public record Readiness(
    Kind kind,
    int port,
    String path,
    int status,
    String pattern,
    int times,
    List<String> command,
    Duration timeout,
    Duration interval) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
  public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(500);

  /** The kinds of check. */
  public enum Kind {
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

  public Readiness {
    Objects.requireNonNull(kind, "kind");
    command = List.copyOf(command);
    timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    interval = interval == null ? DEFAULT_INTERVAL : interval;
    times = Math.max(1, times);
  }

  public static Readiness started() {
    return new Readiness(Kind.STARTED, 0, null, 0, null, 1, List.of(), null, null);
  }

  public static Readiness tcp(int port, Duration timeout, Duration interval) {
    return new Readiness(Kind.TCP, port, null, 0, null, 1, List.of(), timeout, interval);
  }

  /** A short description for messages, e.g. {@code tcp 5432}. */
  public String describe() {
    return switch (kind) {
      case STARTED -> "container started";
      case TCP -> "tcp " + port;
      case HTTP -> "http " + port + path + " -> " + status;
      case LOG -> "log /" + pattern + "/" + (times > 1 ? " x" + times : "");
      case CMD -> "cmd " + String.join(" ", command);
    };
  }
}
