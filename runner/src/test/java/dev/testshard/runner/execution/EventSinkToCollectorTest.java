package dev.testshard.runner.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.agent.protocol.Protocol;
import dev.testshard.report.Outcome;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.protocol.AgentEvent;
import dev.testshard.runner.results.ShardResultCollector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventSinkToCollectorTest {

  private final Shard shard =
      new Shard(
          "pay", "shop", List.of(new DiscoveredClass("shop", "a.PayTest", List.of(), List.of())));
  private final List<String> shown = new ArrayList<>();
  private final List<String> logged = new ArrayList<>();
  private final EventSinkToCollector sink =
      new EventSinkToCollector(
          shard,
          new ShardResultCollector(shard, 1, c -> null, "log"),
          new ProgressListener() {
            @Override
            public void classStarted(Shard started, String className) {
              shown.add("started " + className);
            }

            @Override
            public void testFinished(
                Shard finished, String className, String name, Outcome outcome, String message) {
              shown.add(className + " > " + name + " " + outcome + " " + message);
            }
          },
          e -> {},
          logged::add);

  @Test
  void showsEachFailedTestByTheClassnameAndNameOfItsEvent() {
    sink.event(event("{\"event\":\"class-started\",\"class\":\"a.PayTest\",\"time\":1}"));
    sink.event(
        event(
            "{\"event\":\"test\",\"id\":\"[m:pays]\",\"class\":\"a.PayTest\","
                + "\"classname\":\"paying by card\",\"name\":\"pays\",\"status\":\"FAILED\","
                + "\"message\":\"no\"}"));

    assertThat(shown).containsExactly("started a.PayTest", "paying by card > pays FAILED no");
    assertThat(logged).isEmpty();
  }

  @Test
  void keepsFailuresAndErrorsApart() {
    sink.event(event("{\"event\":\"class-started\",\"class\":\"a.PayTest\",\"time\":1}"));
    for (String status : List.of("PASSED", "FAILED", "ERROR", "SKIPPED")) {
      sink.event(
          event(
              "{\"event\":\"test\",\"id\":\"[m:"
                  + status
                  + "]\",\"class\":\"a.PayTest\",\"classname\":\"a.PayTest\","
                  + "\"name\":\"t\",\"status\":\""
                  + status
                  + "\"}"));
    }

    assertThat(shown)
        .containsExactly(
            "started a.PayTest",
            "a.PayTest > t PASSED null",
            "a.PayTest > t FAILED null",
            "a.PayTest > t ERROR null",
            "a.PayTest > t SKIPPED null");
  }

  @Test
  void logsWhyItIgnoredAnEventAndDoesNotShowItsTest() {
    sink.event(
        event(
            "{\"event\":\"test\",\"id\":\"[m:refunds]\",\"class\":\"a.RefundTest\","
                + "\"name\":\"refunds\",\"status\":\"PASSED\"}"));

    assertThat(shown).isEmpty();
    assertThat(logged)
        .singleElement()
        .satisfies(
            note ->
                assertThat(note)
                    .contains("a.RefundTest was not given to this container")
                    .contains("\"id\":\"[m:refunds]\""));
  }

  private static AgentEvent event(String json) {
    return AgentEvent.parse(Protocol.PREFIX + json).orElseThrow();
  }
}
