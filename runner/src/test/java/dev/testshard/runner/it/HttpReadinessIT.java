package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code http} readiness check of a per-shard service, on the real engine. No registry is
 * reachable, so the service is the locally built PostgreSQL image running a small HTTP server in
 * Perl (perl-base is in every Debian image): {@code /health} answers 503 for its first 2 to 3
 * seconds and 200 after that, every other path 404. A project of one test class calls {@code
 * http://web:8080/health} and expects 200, so it fails if the check lets the shard through too
 * early or the service is not reachable by its name.
 */
class HttpReadinessIT {

  /** Listens on 8080; logs every request, so the saved service log shows what the probe saw. */
  private static final String SERVER =
      """
      use IO::Socket::INET;
      $| = 1;
      $SIG{TERM} = sub { exit 0 };
      my $started = time;
      my $server = IO::Socket::INET->new(LocalPort => 8080, Listen => 16, ReuseAddr => 1)
        or die "cannot listen on 8080: $!\\n";
      print "listening on 8080\\n";
      while (my $client = $server->accept) {
        my $request = <$client> // '';
        while (my $line = <$client>) { last if $line =~ /^\\r?$/ }
        my ($path) = $request =~ m{^GET (\\S+)};
        my $status = ($path // '') ne '/health' ? '404 Not Found'
          : time - $started < 3 ? '503 Service Unavailable' : '200 OK';
        print "GET ", $path // '?', " -> $status\\n";
        print $client "HTTP/1.0 $status\\r\\nContent-Length: 0\\r\\nConnection: close\\r\\n\\r\\n";
        close $client;
      }
      """;

  private static final String TEST_CLASS =
      """
      package web;

      import static org.junit.jupiter.api.Assertions.assertEquals;

      import java.net.HttpURLConnection;
      import java.net.URI;
      import org.junit.jupiter.api.Test;

      class WebServiceTest {

        @Test
        void theServiceAnswersHealthyByItsNameOnTheShardNetwork() throws Exception {
          HttpURLConnection connection =
              (HttpURLConnection) URI.create("http://web:8080/health").toURL().openConnection();
          connection.setConnectTimeout(2000);
          connection.setReadTimeout(2000);
          assertEquals(200, connection.getResponseCode());
        }
      }
      """;

  private static final Pattern READY_IN =
      Pattern.compile("services of \\S+ ready in (\\d+\\.\\d) s");

  @TempDir static Path shared;
  private static Path project;

  @TempDir Path temp;

  @BeforeAll
  static void buildTheProject() throws Exception {
    PostgresImage.ensure();
    project = shared.resolve("web");
    Path sources = Files.createDirectories(project.resolve("src/test/java/web"));
    Files.copy(Examples.dir("junit5-10").resolve("pom.xml"), project.resolve("pom.xml"));
    Files.writeString(sources.resolve("WebServiceTest.java"), TEST_CLASS);
    Cli.Result plan = Cli.run("plan", "--project", project.toString());
    assertThat(plan.exitCode()).as(plan.err()).isZero();
  }

  @Test
  void aServiceReadyByHttpIsWaitedForAndReachableByItsName() throws Exception {
    Path reports = temp.resolve("ready");

    Cli.Result result = run("{ port: 8080, path: /health, status: 200 }", "20s", reports);

    assertThat(result.exitCode()).as(result.out()).isZero();
    RunReport report = new RunReport(reports);
    assertThat(report.rootTotals.tests()).isEqualTo(1);
    assertThat(report.rootTotals.failures() + report.rootTotals.errors()).isZero();
    Matcher ready = READY_IN.matcher(result.out());
    assertThat(ready.find()).as(result.out()).isTrue();
    assertThat(Double.parseDouble(ready.group(1)))
        .as("seconds the services took to get ready (the server answers 503 for 2 to 3 s)")
        .isGreaterThanOrEqualTo(2.0);
    assertThat(report.leftovers().isEmpty()).as("leftovers").isTrue();
  }

  @Test
  void aServiceThatNeverGivesTheExpectedAnswerFailsTheShardWithinItsTimeout() throws Exception {
    Path reports = temp.resolve("never");

    long start = System.nanoTime();
    Cli.Result result = run("{ port: 8080, path: /ready, status: 200 }", "4s", reports);
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(result.exitCode()).as(result.out()).isEqualTo(4);
    assertThat(seconds).as("wall seconds").isLessThan(30);
    RunReport report = new RunReport(reports);
    List<TestCaseResult> cases =
        report.suites.stream().flatMap(suite -> suite.testCases().stream()).toList();
    assertThat(cases).hasSize(1);
    assertThat(cases.get(0).outcome()).isEqualTo(Outcome.ERROR);
    assertThat(cases.get(0).problem().message())
        .contains(
            "service web was not ready after 4s"
                + " (http 8080/ready -> 200: http web:8080/ready answered 404)");
    assertThat(serviceLogs(reports)).as("saved service logs").hasSize(1);
    assertThat(Files.readString(serviceLogs(reports).get(0)))
        .contains("GET /ready -> 404 Not Found");
    assertThat(report.leftovers().isEmpty()).as("leftovers").isTrue();
  }

  private Cli.Result run(String http, String timeout, Path reports) throws Exception {
    Path config = temp.resolve("testshard-" + reports.getFileName() + ".yaml");
    Files.writeString(config, config(http, timeout));
    return Cli.run(
        "run",
        "--project",
        project.toString(),
        "--no-build",
        "--parallel",
        "1",
        "--config",
        config.toString(),
        "--report-dir",
        reports.toString());
  }

  private static List<Path> serviceLogs(Path reports) throws Exception {
    try (Stream<Path> walk = Files.walk(reports.resolve("shards"))) {
      return walk.filter(path -> path.endsWith(Path.of("services", "web.log"))).toList();
    }
  }

  /** A service {@code web} running {@link #SERVER}, ready by the given HTTP check. */
  private static String config(String http, String timeout) {
    StringBuilder yaml =
        new StringBuilder()
            .append("services:\n")
            .append("  web:\n")
            .append("    image: ")
            .append(ServiceFailuresIT.POSTGRES)
            .append('\n')
            .append("    command:\n")
            .append("      - perl\n")
            .append("      - -e\n")
            .append("      - |\n");
    SERVER.lines().forEach(line -> yaml.append("        ").append(line).append('\n'));
    yaml.append("    ports: [8080]\n")
        .append(
            String.format(
                Locale.ROOT,
                "    ready: { http: %s, timeout: %s, interval: 200ms }\n",
                http,
                timeout));
    return yaml.toString();
  }
}
