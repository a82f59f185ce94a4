package dev.testshard.runner.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.agent.protocol.Protocol;
import dev.testshard.runner.protocol.AgentEvent;
import dev.testshard.runner.protocol.AgentEventSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StallWatchTest {

  private final AtomicLong now = new AtomicLong();
  private final List<AgentEvent> passedOn = new ArrayList<>();
  private final StallWatch watch =
      new StallWatch(
          new AgentEventSink() {
            @Override
            public void event(AgentEvent event) {
              passedOn.add(event);
            }

            @Override
            public void protocolError(String message) {}
          },
          new StallLimit(Duration.ofMinutes(10), Map.of("com.acme.SlowTest", 300.0)::get),
          now::get);

  @Test
  void warnsOnceAtHalfTheFloorAndStopsAtTheFloorWithoutProgress() {
    watch.event(event("{\"event\":\"class-started\",\"class\":\"com.acme.NewTest\"}"));
    advance(Duration.ofMinutes(4));
    assertThat(watch.check()).isEqualTo(StallWatch.Verdict.PROGRESSING);

    advance(Duration.ofMinutes(1));
    assertThat(watch.check()).isEqualTo(StallWatch.Verdict.STUCK);
    assertThat(watch.stuckWarning("worker-1"))
        .isEqualTo(
            "testshard: warning: worker-1 has made no progress for 5m in com.acme.NewTest; it is"
                + " stopped if none comes within 10m (see --shard-timeout)");
    assertThat(watch.check()).isEqualTo(StallWatch.Verdict.PROGRESSING);

    advance(Duration.ofMinutes(5));
    assertThat(watch.check()).isEqualTo(StallWatch.Verdict.STALLED);
    assertThat(watch.stallReason())
        .isEqualTo(
            "no test ended for 10m (the default deadline: 5 times the class's expected time, at"
                + " least 10m; --shard-timeout sets another)");
  }

  @Test
  void betweenClassesNothingCountsAsAStall() {
    advance(Duration.ofHours(1));
    assertThat(watch.check()).isEqualTo(StallWatch.Verdict.PROGRESSING);

    watch.event(event("{\"event\":\"class-started\",\"class\":\"com.acme.NewTest\"}"));
    watch.event(
        event(
            "{\"event\":\"class-finished\",\"class\":\"com.acme.NewTest\",\"status\":\"SUCCESSFUL\"}"));
    advance(Duration.ofHours(1));
    assertThat(watch.check()).isEqualTo(StallWatch.Verdict.PROGRESSING);
  }

  @Test
  void everyEventIsProgressAndIsPassedOn() {
    watch.event(event("{\"event\":\"class-started\",\"class\":\"com.acme.NewTest\"}"));
    advance(Duration.ofMinutes(9));
    watch.event(
        event(
            "{\"event\":\"test\",\"id\":\"[engine:junit-jupiter]/[class:com.acme.NewTest]/[method:t()]\",\"class\":\"com.acme.NewTest\",\"name\":\"t\",\"status\":\"PASSED\"}"));
    advance(Duration.ofMinutes(9));

    assertThat(watch.check()).isEqualTo(StallWatch.Verdict.STUCK);
    assertThat(passedOn).hasSize(2);
  }

  @Test
  void aClassWithALongHistoryGetsFiveTimesItsExpectedTime() {
    watch.event(event("{\"event\":\"class-started\",\"class\":\"com.acme.SlowTest\"}"));

    advance(Duration.ofMinutes(24));
    assertThat(watch.check()).isEqualTo(StallWatch.Verdict.STUCK);
    assertThat(watch.stuckWarning("s")).contains("in com.acme.SlowTest").contains("within 25m");
    advance(Duration.ofMinutes(1));
    assertThat(watch.check()).isEqualTo(StallWatch.Verdict.STALLED);
  }

  @Test
  void theLimitIsTheFloorForAClassTheHistoryDoesNotKnowOrThatIsFast() {
    StallLimit limit = new StallLimit(Duration.ofSeconds(3), Map.of("a.Fast", 0.1)::get);

    assertThat(limit.limitFor("a.Fast")).isEqualTo(Duration.ofSeconds(3));
    assertThat(limit.limitFor("a.Unknown")).isEqualTo(Duration.ofSeconds(3));
    assertThat(new StallLimit(Duration.ofSeconds(3), Map.of("a.Slow", 1.1)::get).limitFor("a.Slow"))
        .isEqualTo(Duration.ofSeconds(6));
  }

  private void advance(Duration duration) {
    now.addAndGet(duration.toNanos());
  }

  private static AgentEvent event(String json) {
    return AgentEvent.parse(Protocol.PREFIX + json).orElseThrow();
  }
}
