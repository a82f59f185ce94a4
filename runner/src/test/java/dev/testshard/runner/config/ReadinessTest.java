package dev.testshard.runner.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessTest {

  private static final Duration SECOND = Duration.ofSeconds(1);

  /** A service as a check sees it, with answers set by each test. */
  private static final class FakeTarget implements ReadinessTarget {
    boolean running = true;
    String logs = "";
    CommandResult execResult = new CommandResult(0, "");
    String probeAnswer;
    final List<List<String>> probes = new ArrayList<>();
    final List<Duration> execLimits = new ArrayList<>();

    @Override
    public boolean running() {
      return running;
    }

    @Override
    public String host() {
      return "db";
    }

    @Override
    public String logs(int lines) {
      return logs;
    }

    @Override
    public CommandResult exec(List<String> command, Duration limit) {
      execLimits.add(limit);
      return execResult;
    }

    @Override
    public String probe(List<String> arguments, Duration timeout) {
      probes.add(arguments);
      return probeAnswer;
    }
  }

  private final FakeTarget target = new FakeTarget();

  @Test
  void aStartedCheckIsReadyWhileTheContainerRunsInOneAttempt() {
    Readiness started = Readiness.started();

    assertThat(started.attempt(target, SECOND)).isNull();
    target.running = false;
    assertThat(started.attempt(target, SECOND)).isEmpty();
    assertThat(started.repeated()).isFalse();
  }

  @Test
  void aTcpCheckAsksTheAgentsProbeForTheServicesAddress() {
    Readiness tcp = Readiness.tcp(5432, Duration.ofSeconds(60), Duration.ofMillis(500));

    assertThat(tcp.attempt(target, SECOND)).isNull();
    target.probeAnswer = "connection refused";
    assertThat(tcp.attempt(target, SECOND)).isEqualTo("connection refused");
    assertThat(target.probes.get(0)).containsExactly("tcp", "db", "5432", "60000", "500");
    assertThat(tcp.repeated()).isFalse();
    assertThat(tcp.describe()).isEqualTo("tcp 5432");
  }

  @Test
  void anHttpCheckAsksTheProbeForThePathAndStatus() {
    Readiness http =
        new Readiness.Http(8080, "/health", 204, Duration.ofSeconds(5), Duration.ofMillis(100));

    target.probeAnswer = "status 503";
    assertThat(http.attempt(target, SECOND)).isEqualTo("status 503");
    assertThat(target.probes.get(0))
        .containsExactly("http", "db", "8080", "/health", "204", "5000", "100");
  }

  @Test
  void aLogCheckCountsMatchingLines() {
    Readiness log = new Readiness.LogLine("ready to accept", 2, SECOND, SECOND);
    target.logs = "starting\nready to accept connections\n";

    assertThat(log.attempt(target, SECOND)).isEqualTo("seen 1 of 2 matching lines");
    target.logs += "restarted\nready to accept connections\n";
    assertThat(log.attempt(target, SECOND)).isNull();
    assertThat(log.repeated()).isTrue();
  }

  @Test
  void aCommandCheckNamesTheExitCodeAndTheLastLineOfOutputWithinBoundedRuns() {
    Readiness cmd = new Readiness.Command(List.of("pg_isready"), SECOND, SECOND);

    assertThat(cmd.attempt(target, Duration.ofMinutes(5))).isNull();
    target.execResult = new ReadinessTarget.CommandResult(2, "checking\nno response\n");
    assertThat(cmd.attempt(target, Duration.ZERO)).isEqualTo("exit code 2, no response");
    assertThat(target.execLimits).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(1));
  }
}
