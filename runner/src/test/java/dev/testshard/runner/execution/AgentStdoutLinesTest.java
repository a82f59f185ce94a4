package dev.testshard.runner.execution;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.testshard.agent.protocol.Protocol;
import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.DiscoveredClass.PlannedTest;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.results.ContainerExit;
import dev.testshard.runner.results.ShardResult;
import dev.testshard.runner.results.ShardResultCollector;
import dev.testshard.runner.results.ShardStatus;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A fake agent output, line by line, through the same path as a container's: a malformed event
 * invents no test, and makes the shard lost with a cause that names the line.
 */
class AgentStdoutLinesTest {

  private static final String CART = "com.acme.CartTest";
  private static final String PAY = "com.acme.PayTest";
  private static final Shard SHARD =
      new Shard(
          "com.acme",
          "shop",
          List.of(
              new DiscoveredClass(
                  "shop",
                  CART,
                  List.of(),
                  List.of(new PlannedTest(CART, "adds"), new PlannedTest(CART, "removes"))),
              new DiscoveredClass("shop", PAY, List.of(), List.of(new PlannedTest(PAY, "pays")))));

  private final ShardResultCollector collector =
      new ShardResultCollector(SHARD, 1, c -> null, "shards/com.acme/output.log");
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final AgentStdoutLines lines =
      new AgentStdoutLines(
          new EventSinkToCollector(
              SHARD,
              collector,
              new ProgressListener() {},
              e -> {},
              note -> ShardLog.note(log, note)),
          log);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{\"event\":\"test\",\"id\":\"[m:removes]\",\"class\":\"com.acme.CartTest\",\"status\":\"FAILED\"}"
            + " | without the text field 'name'",
        "{\"event\":\"test\",\"id\":\"[m:removes]\",\"class\":\"com.acme.CartTest\",\"name\":\"removes\""
            + ",\"status\":\"BROKEN\"} | unknown test status 'BROKEN'",
        "{\"event\":\"test\",\"id\":\"[m:removes]\",\"class\":\"com.acme.CartTest\",\"name\":\"rem"
            + " | not valid JSON",
        "{\"event\":\"tset\",\"id\":\"[m:removes]\"} | unknown event type 'tset'",
        "{\"event\":\"hello\",\"protocol\":99} | protocol version 99",
      })
  void aMalformedEventInventsNoTestAndLosesTheUnreportedTestsNamingItsLine(
      String malformed, String why) {
    feed(
        event("{\"event\":\"hello\",\"protocol\":" + Protocol.VERSION + ",\"time\":1}"),
        event("{\"event\":\"class-started\",\"class\":\"" + CART + "\",\"time\":1}"),
        "ordinary output of a test",
        event(
            "{\"event\":\"test\",\"id\":\"[m:adds]\",\"class\":\""
                + CART
                + "\",\"classname\":\""
                + CART
                + "\",\"name\":\"adds\",\"status\":\"PASSED\"}"),
        event(malformed),
        event("{\"event\":\"finished\"}"));

    ShardResult result = collector.finish(ContainerExit.exited(0, false), 1);

    assertThat(result.status()).isEqualTo(ShardStatus.LOST);
    assertThat(result.lostReason())
        .startsWith("the agent's event stream was unreadable: line 5 of the agent's output: ")
        .contains(why)
        .contains(malformed.substring(0, Math.min(malformed.length(), 100)));
    List<TestCaseResult> cases =
        result.suites().stream().flatMap(suite -> suite.testCases().stream()).toList();
    assertThat(cases)
        .extracting(TestCaseResult::className, TestCaseResult::name, TestCaseResult::outcome)
        .containsExactly(
            tuple(CART, "adds", Outcome.PASSED),
            tuple(CART, "removes", Outcome.ERROR),
            tuple(PAY, "pays", Outcome.ERROR));
    assertThat(cases.get(1).problem().message())
        .contains("line 5 of the agent's output")
        .contains("shards/com.acme/output.log");
    assertThat(log.toString(UTF_8))
        .as("the output and the malformed line, in the log")
        .contains("ordinary output of a test\n")
        .contains(malformed);
  }

  @Test
  void anEventInPiecesWithOutputBetweenThemIsOneEventAndTheOutputStaysOutput() {
    String stdout = "captured ".repeat(1000);
    String test =
        "{\"event\":\"test\",\"id\":\"[m:adds]\",\"class\":\""
            + CART
            + "\",\"classname\":\""
            + CART
            + "\",\"name\":\"adds\",\"status\":\"PASSED\",\"stdout\":\""
            + stdout
            + "\"}";
    int third = test.length() / 3;
    feed(
        event("{\"event\":\"hello\",\"protocol\":" + Protocol.VERSION + ",\"time\":1}"),
        event("{\"event\":\"class-started\",\"class\":\"" + CART + "\",\"time\":1}"),
        Protocol.CONTINUATION_PREFIX + test.substring(0, third),
        "written straight to the agent's stream meanwhile",
        Protocol.CONTINUATION_PREFIX + test.substring(third, 2 * third),
        event(test.substring(2 * third)),
        event("{\"event\":\"finished\"}"));

    ShardResult result = collector.finish(ContainerExit.exited(0, false), 1);

    TestCaseResult adds =
        result.suites().stream()
            .flatMap(suite -> suite.testCases().stream())
            .filter(c -> c.name().equals("adds"))
            .findFirst()
            .orElseThrow();
    assertThat(adds.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(adds.systemOut()).isEqualTo(stdout);
    assertThat(log.toString(UTF_8)).isEqualTo("written straight to the agent's stream meanwhile\n");
  }

  private void feed(String... output) {
    for (String line : output) {
      lines.accept(line);
    }
  }

  private static String event(String json) {
    return Protocol.PREFIX + json;
  }
}
