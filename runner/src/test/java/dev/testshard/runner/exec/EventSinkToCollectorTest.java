package dev.testshard.runner.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.agent.Protocol;
import dev.testshard.runner.plan.Shard;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventSinkToCollectorTest {

  @Test
  void showsEachFailedTestByTheClassnameAndNameOfItsEvent() {
    Shard shard = new Shard("pay", "shop", List.of());
    List<String> shown = new ArrayList<>();
    ProgressListener progress =
        new ProgressListener() {
          @Override
          public void testFinished(
              Shard finished, String className, String name, boolean failed, String message) {
            shown.add(className + " > " + name + " " + failed + " " + message);
          }
        };
    EventSinkToCollector sink =
        new EventSinkToCollector(
            shard, new ShardResultCollector(shard, 1, c -> null, "log"), progress, e -> {});

    sink.event(
        AgentEvent.parse(
                Protocol.PREFIX
                    + "{\"event\":\"test\",\"class\":\"a.PayTest\",\"classname\":\"paying by card\","
                    + "\"name\":\"pays\",\"status\":\"FAILED\",\"message\":\"no\"}")
            .orElseThrow());

    assertThat(shown).containsExactly("paying by card > pays true no");
  }
}
